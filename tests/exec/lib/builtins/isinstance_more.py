from _h import t
print(isinstance(1, ((int,),)), isinstance(1, (str, (bytes, (float, int)))), isinstance([], (list | dict, str)), issubclass(bool, (list, (int,))))
u = int | str
print(type(u).__name__, u, repr(u), u.__args__, int | str | int, (int | str) == (str | int), str | None, None | str)
print(isinstance(1, u), isinstance(b'', u), issubclass(bool, u), issubclass(bytes, u), isinstance(None, str | None))
t(lambda: int | 5)
t(lambda: 'a' | int)
t(isinstance, 1, list[int] | str)
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A | C), issubclass(B, (C, A)), issubclass(C, A | B))
class Meta(type):
    def __instancecheck__(cls, inst): raise ValueError('icheck')
class M(metaclass=Meta): pass
t(isinstance, 1, M)
print(isinstance(M(), M) if False else 'exact-type skip')
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object), issubclass(object, type))
class Fake:
    __class__ = int
print(isinstance(Fake(), int), type(Fake()) is Fake)
t(issubclass, int, (int, 1))
print(issubclass(int, (int, 1)))
