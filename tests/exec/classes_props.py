class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def make(cls, v):
        t = cls()
        t.c = v
        return t
t = Temp.make(100)
print(t.c, t.f, Temp.unit(), t.unit())
try:
    t.f = 3
except AttributeError as e:
    print(e)
try:
    t.c = -300
except ValueError as e:
    print(e)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return f"get {self.name}"
class H:
    x = Desc()
print(H().x, type(H.x).__name__)
class Slots:
    def __getattr__(self, name):
        return name.upper()
print(Slots().hello)
class Container:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __len__(self):
        return len(self.d)
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(self.d)
    def __call__(self, x):
        return x * 2
    def __bool__(self):
        return True
c = Container()
c["a"] = 1
c["b"] = 2
del c["a"]
print(len(c), "b" in c, c["b"], list(c), c(21), bool(c))
