def f(x: int, y: 'str' = 'a') -> list:
    pass
print(f.__annotations__)
print(f.__annotations__ is f.__annotations__)
print(callable(f.__annotate__))
def lazy(a: NotYetDefined) -> None: pass
try:
    lazy.__annotations__
except NameError as e:
    print(type(e).__name__, e)
NotYetDefined = float
print(lazy.__annotations__)
def none(): pass
print(none.__annotations__, none.__annotate__)
class C:
    a: int
    b: 'C'
    c: Later = 1
Later = bytes
print(C.__annotations__)
print(C.__annotate__(1))
try:
    C.__annotate__(2)
except NotImplementedError as e:
    print(type(e).__name__)
f2 = lambda: 0
print(f2.__annotations__)
def g(x: int): pass
g.__annotations__ = {'x': str}
print(g.__annotations__)
def h(x: int): pass
h.__annotate__ = None
print(h.__annotations__)
count = 0
def side():
    global count
    count += 1
    return int
def k(v: side()): pass
print(count)
print(k.__annotations__, count)
print(k.__annotations__, count)
class D:
    x: side()
print(count)
D.__annotations__
print(count)
