class Validated:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.public} must be int, got {type(value).__name__}')
        setattr(obj, self.private, value)
class Point:
    x = Validated()
    y = Validated()
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, vars(p), Point.x.public)
try:
    p.x = 'bad'
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Point):
    z = Validated()
s = Sub(3, 4)
s.z = 5
print(s.x, s.z, sorted(vars(s)))
class Lazy:
    def __init__(self, fn): self.fn = fn; self.name = fn.__name__
    def __get__(self, obj, t=None):
        if obj is None: return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class Thing:
    calls = 0
    @Lazy
    def expensive(self):
        Thing.calls += 1
        return 'computed'
t = Thing()
print(t.expensive, t.expensive, Thing.calls)
