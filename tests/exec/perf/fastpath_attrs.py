# Attribute fast paths and the type lookup cache: instance dicts, class
# attributes, descriptors, and classes changed after use (also via a base).
class Base:
    kind = "base"

    def hello(self):
        return "hello from Base"


class Point(Base):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def show(p):
    return (p.x, p.y, p.kind, p.norm1(), p.hello())


p = Point(1, -2)
for i in range(3):
    print(show(p))
Base.kind = "changed"
print(show(p))
Base.hello = lambda self: "patched"
print(show(p))
p.kind = "own"
print(show(p))
del p.kind
print(show(p))
del Base.kind
try:
    show(p)
except AttributeError as e:
    print(type(e).__name__, e)
Base.kind = "again"
print(show(p))


class WithProp:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v * 10

    @v.setter
    def v(self, val):
        self._v = val


w = WithProp()
for i in range(3):
    w.v = i
    print(w.v, w._v, w.__dict__)


class Slotted:
    __slots__ = ("a",)


s = Slotted()
for i in range(2):
    s.a = i
    print(s.a)


class Getattr:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "virtual " + name


ga = Getattr()
print(ga.real, ga.missing)


class SetattrLogged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


sl = SetattrLogged()
for i in range(2):
    sl.z = i
print(sl.z)

# A method on the instance shadows the class's.
p.norm1 = lambda: "instance attr"
print(p.norm1())

q = Point(3, 4)
print(q.kind, q.norm1())
try:
    q.nothing
except AttributeError as e:
    print(type(e).__name__, e)


# __init__ run by the eval loop: its checks and errors.
class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)


class GenInit:
    def __init__(self):
        yield 1


try:
    GenInit()
except TypeError as e:
    print(type(e).__name__, e)


class InitRaises:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative")
        self.v = v


print(InitRaises(3).v)
try:
    InitRaises(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    InitRaises()
except TypeError as e:
    print(type(e).__name__, e)
try:
    InitRaises(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(InitRaises(v=4).v)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(WithMeta(1).a)


class CustomNew:
    def __new__(cls, v):
        print("__new__", v)
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


print(CustomNew(9).v)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(NoInit()).__name__)


# A class attribute whose own type gains __get__ after the site was cached.
class D:
    pass
class C:
    d = D()
c = C()
def get():
    return c.d
for i in range(3):
    print(type(get()).__name__)
D.__get__ = lambda self, obj, typ: "via __get__"
print(get())
