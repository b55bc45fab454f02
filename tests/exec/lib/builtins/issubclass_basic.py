from _h import t
print(issubclass(int, object), issubclass(bool, int), issubclass(int, bool), issubclass(type, type), issubclass(list, (tuple, list)), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError,)))
print(issubclass(str, str), issubclass(dict, object), issubclass(type(None), object), issubclass(bytearray, bytes))
t(issubclass, 'a', str)
t(issubclass, str, 'a')
t(issubclass, str, (str, 'a'))
t(issubclass)
class Meta(type):
    def __subclasscheck__(cls, sub): return sub is int
class Any(metaclass=Meta): pass
print(issubclass(int, Any), issubclass(str, Any), issubclass(int, (str, Any)))
class WithBases:
    __bases__ = (int,)
t(issubclass, WithBases(), int)
class A: pass
class B(A): pass
class C(B): pass
print(issubclass(C, A), issubclass(A, C), [issubclass(C, k) for k in (A, B, C, object, int)])
