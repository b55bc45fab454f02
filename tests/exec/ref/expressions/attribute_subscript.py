class C:
    a = 1
    def __init__(self): self.b = [1, {'k': 'v'}]
c = C()
print(c.a, c.b[1]['k'], c.b[-1], C.a, c.b[0:1], getattr(c, 'a'))
c.b[1]['k'] = 'changed'
c.b[0] += 10
print(c.b)
c.new = C()
c.new.b[0] = 'deep'
print(c.new.b)
d = {(1, 2): 'tuple key', 1: 'int', True: 'bool?'}
print(d, d[1, 2], d[(1, 2)], d[1.0])
print('abc'.upper().lower().title(), [3, 1, 2].copy()[::-1], 'x'.join('ab').split('x'))
print((1).real, 1.5.imag, (1, 2).index(2), {'a': 1}.get('a'))
m = [[0] * 3 for _ in range(2)]
m[1][2] = 5
print(m)
try:
    c.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    ()[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    'abc'[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    {}[[]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].append = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).__class__.x = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
