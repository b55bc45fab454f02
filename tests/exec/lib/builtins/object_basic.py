from _h import t
o = object()
print(type(o).__name__, object.__name__, object.__bases__, object.__mro__, repr(object))
t(setattr, o, 'x', 1)
t(object, 1)
t(object, x=1)
print(o == o, o != o, o.__eq__(1), o.__ne__(o), o.__lt__(o), o.__hash__() == hash(o))
print(type(object.__dict__).__name__, '__init__' in object.__dict__)
class A: pass
t(A, 1)
class B:
    def __init__(self, x): self.x = x
print(B(1).x)
class C:
    def __new__(cls, *a): return super().__new__(cls)
print(type(C(1, 2)).__name__)
t(object.__new__, 1)
t(object.__new__, int)
print(object.__new__(A).__class__.__name__)
print(str(o) == repr(o), o.__format__('') == str(o))
t(format, o, 'x')
print(o.__reduce_ex__(2)[0].__name__ if False else 'skip', object.__subclasshook__(int), object.__init_subclass__())
print(o.__sizeof__() > 0, o.__dir__().__class__.__name__, sorted(o.__dir__())[:3])
t(lambda: object.__init__(A(), 1))
object.__init__(o)
print(type(object.__init__).__name__, type(object().__init__).__name__, type(object.__new__).__name__)
