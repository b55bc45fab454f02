from _h import t
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))), isinstance('a', ()), isinstance(1, object))
print(isinstance(1, int | str), isinstance('a', int | str), isinstance(1.0, int | str), isinstance(None, int | None), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int | str), issubclass(bool, bool), issubclass(object, int))
t(isinstance, 1, 1)
t(isinstance, 1, (int, 1))
t(issubclass, 1, int)
t(issubclass, int, 1)
t(isinstance, 1, list[int])
t(issubclass, int, list[int])
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 'magic'
    def __subclasscheck__(cls, sub): return sub is str
class M(metaclass=Meta): pass
print(isinstance('magic', M), isinstance('x', M), issubclass(str, M), issubclass(int, M))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)))
print(isinstance(1, int | float | None), issubclass(type(None), int | None))
t(isinstance)
t(isinstance, 1, int, str)
