counter = 0
class C:
    global counter
    counter += 1
    vals = [counter * i for i in range(3)]
print(counter, C.vals)
def f():
    global newg
    newg = [i for i in range(2)]
    return [newg for _ in range(1)]
print(f(), newg)
x = 'module'
def g():
    x = 'local'
    return [x for _ in range(1)], (lambda: x)(), {x: 1 for _ in '1'}
print(g())
def h():
    return [y for y in range(3) if y != x]
print(h())
