# Method calls and attribute access on small classes.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scale(self, k):
        self.x *= k
        self.y *= k


class Counter:
    step = 3

    def __init__(self):
        self.count = 0

    def tick(self):
        self.count += self.step
        return self.count


def work(n):
    c = Counter()
    p = Point(1, 2)
    q = Point(-1, 1)
    s = 0
    for i in range(n):
        c.tick()
        s += p.norm1() + q.x
        p.scale(1)
        if i % 100 == 0:
            p = p.add(q)
    return s + c.count + p.x + p.y


print(work(2400000))
