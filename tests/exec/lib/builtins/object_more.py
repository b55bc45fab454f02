from _h import t
class A:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, A) and self.x == o.x
    __hash__ = object.__hash__
a = A(1)
print(a == A(1), a != A(1), a.__ne__(A(2)), object.__eq__(a, a), object.__eq__(a, A(1)), object.__ne__(a, A(1)))
print(a.__class__.__name__, a.__dict__, a.__module__, type(a).__qualname__, A.__init__ is not object.__init__)
object.__setattr__(a, 'y', 2); print(object.__getattribute__(a, 'y'))
object.__delattr__(a, 'y'); print(hasattr(a, 'y'))
t(object.__getattribute__, a, 'zz')
t(object.__setattr__, 1, 'x', 1)
t(object.__setattr__, a, 1, 1)
print(object.__str__(a) == object.__repr__(a), object.__format__(a, '') == str(a), object.__sizeof__(a) > 0)
t(object.__format__, a, 'x')
class Slots:
    __slots__ = ('a',)
s = Slots(); s.a = 5; print(s.a)
t(setattr, s, 'b', 1)
t(lambda: s.__dict__)
print(object().__reduce__() if False else '', isinstance(object(), object), object.__class__, type(object()).__mro__)
o = object()
print(o.__lt__(o), o.__le__(1), o.__gt__(o), o.__ge__(o))
class NewOnly:
    def __new__(cls, *args): return object.__new__(cls)
print(type(NewOnly(1, 2, k=3) if False else NewOnly(1, 2)).__name__)
class InitOnly:
    def __init__(self, *args): pass
print(type(InitOnly(1, 2)).__name__)
t(object.__init__, object(), 1)
