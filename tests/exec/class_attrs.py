class C:
    x = 1
    def __init__(self):
        self.y = 2
c = C()
print(C.x, c.x, c.y, sorted(k for k in C.__dict__ if not k.startswith("__")), c.__dict__)
c.x = 10
print(c.x, C.x)
C.x = 5
print(C().x, c.x)
del c.x
print(c.x)
print(C.__module__, C.__qualname__, type(C), type(type))
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
def method_obj():
    m = c.__init__
    print(type(m).__name__, m.__self__ is c, m.__func__ is C.__init__)
method_obj()
print(C.__init__.__qualname__, callable(C), callable(c))
class WithSlotsLike:
    __slots__ = ()
print(getattr(C, "nope", None), hasattr(C, "x"))
class Counter:
    instances = 0
    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
a, b = Counter(1), Counter(2)
print(Counter.instances, a.v, b.v)
