x: int = 5
y: str
print(x, 'y' in globals())
def f():
    a: int = 1
    b: list
    return a, 'b' in locals()
print(f())
class C:
    a: int = 1
    b: str
    c: 'forward' = 'c'
print(C.a, hasattr(C, 'b'), C.c)
print(C.__annotations__)
class D:
    x: int
    y: list[int] = []
    def m(self): pass
print(D.__annotations__, list(D.__annotations__))
o = C()
o.attr: int = 3
print(o.attr)
d = {}
d['k']: str = 'v'
print(d)
(z): int = 9
print(z)
class E:
    pass
print(E.__annotations__)
def g(): pass
print(g.__annotations__)
class F:
    v: undefined_name_in_annotation
print('lazy ok')
try:
    print(F.__annotations__)
except NameError as e:
    print(type(e).__name__, e)
