class C:
    pass
c = C()
C.__add__ = lambda self, o: ('add', o)
print(c + 1)
C.__radd__ = lambda self, o: ('radd', o)
print(1 + c)
C.__len__ = lambda self: 3
print(len(c), bool(c))
C.__bool__ = lambda self: False
print(bool(c))
C.__getitem__ = lambda self, k: k * 2
print(c[21])
C.__iter__ = lambda self: iter([1, 2])
print(list(c))
C.__eq__ = lambda self, o: 'eq!'
print(c == 5)
C.__repr__ = lambda self: 'C-repr'
print(repr(c), c)
C.__str__ = lambda self: 'C-str'
print(str(c), c)
C.__call__ = lambda self, x: x + 1
print(c(1))
C.__contains__ = lambda self, x: x == 'in'
print('in' in c, 'out' in c)
C.__neg__ = lambda self: 'neg'
print(-c)
C.__lt__ = lambda self, o: 'lt'
print(c < 1, 1 > c)
C.__hash__ = lambda self: 12345
print(hash(c))
C.__enter__ = lambda self: 'entered'
C.__exit__ = lambda self, *a: None
with c as v:
    print(v)
C.__getattr__ = lambda self, n: 'ga:' + n
print(c.missing)
C.__setitem__ = lambda self, k, v: print('setitem', k, v)
c['k'] = 'v'
del C.__add__
try:
    c + 1
except TypeError as e:
    print(type(e).__name__, e)
del C.__len__
print(bool(c))
class Base: pass
class Sub(Base): pass
Base.__mul__ = lambda self, o: 'inherited mul'
print(Sub() * 2)
Sub.__mul__ = lambda self, o: 'sub mul'
print(Sub() * 2, Base() * 2)
del Sub.__mul__
print(Sub() * 2)
C.__index__ = lambda self: 1
print([10, 20][c])
C.__format__ = lambda self, spec: 'formatted:' + spec
print(f'{c:abc}')
C.__iadd__ = lambda self, o: 'iadd'
x = c
x += 1
print(x)
