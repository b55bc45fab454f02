def f(data):
    if any((found := x) > 10 for x in data):
        return f'first big: {found}'
    return 'none big'
print(f([1, 20, 30]), f([1, 2]))
def g():
    values = [y := 1, y + 1, y + 2]
    return values, y
print(g())
class C:
    [z := 5 for _ in range(1)] if False else None
print(hasattr(C, 'z'))
def h():
    while (n := len(stack)) > 0:
        stack.pop()
    return n
stack = [1, 2, 3]
print(h())
print([(a := i) * a for i in range(4)], a)
def nested():
    def inner():
        return [(w := k) for k in range(3)], w
    return inner()
print(nested())
res = {(k := 'key'): (v := 'val')}
print(res, k, v)
