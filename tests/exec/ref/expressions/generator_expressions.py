g = (x * x for x in range(4))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 3 == 0), max(len(s) for s in ['a', 'bbb']))
print(list((x, y) for x in 'ab' for y in '12'))
def outer():
    data = [1, 2, 3]
    g = (d * 10 for d in data)
    data.append(4)
    return list(g)
print(outer())
def rebinding():
    data = [1, 2]
    g = (d for d in data)
    data = [9, 9, 9]
    return list(g)
print(rebinding())
print(dict((k, len(k)) for k in ['aa', 'b']), set(c for c in 'hello') == set('helo'))
g2 = (i for i in range(3))
print(3 in g2, list(g2))
g3 = (i for i in range(5))
for v in g3:
    if v == 2: break
print(list(g3))
try:
    g4 = (1 / x for x in [1, 0])
    print(list(g4))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
g5 = (x for x in [1])
g5.close()
print(list(g5))
def genfunc_with_genexp():
    yield from (i * 2 for i in range(3))
print(list(genfunc_with_genexp()))
print(sorted((x for x in [3, 1, 2]), key=lambda v: -v))
print(any(x > 1 for x in [0, 1, 2]), all(x for x in (1, 0)))
print(tuple(x for x in ()), ''.join(c.upper() for c in 'ab'))
