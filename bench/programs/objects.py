# Small-object allocation: many short-lived instances, tuples and lists.
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def work(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    s = 0
    while head is not None:
        s += head.value
        head = head.next
    acc = Vec(0, 0)
    for i in range(n):
        v = Vec(i, -i)
        acc = Vec(acc.x + v.x, acc.y + v.y * 2)
        t = (i, i + 1, i + 2)
        s += t[2] - len([i, i])
    return s + acc.x + acc.y


print(work(800000))
