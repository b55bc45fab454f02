class Meta(type):
    def __instancecheck__(cls, inst):
        print('instancecheck', cls.__name__, type(inst).__name__)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, sub.__name__)
        return sub is int
class Answer(metaclass=Meta): pass
print(isinstance(42, Answer), isinstance(7, Answer))
print(issubclass(int, Answer), issubclass(str, Answer))
print(isinstance(Answer(), Answer))
print(isinstance(42, (str, Answer)))
class Base: pass
class D(Base): pass
print(isinstance(D(), Base), issubclass(D, Base), issubclass(D, (int, Base)), issubclass(Base, D))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, float), issubclass(int, object))
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, (str, (bytes, int))), issubclass(bool, ((str,), int)))
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
class FakeClass:
    @property
    def __class__(self): return int
print(isinstance(FakeClass(), int), type(FakeClass()).__name__)
class Bases:
    __bases__ = ()
    def __call__(self): pass
