vals = [1, 1.0, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, len, int, object()]
for v in vals[:-1]:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, object))
print(type(vals[-1]).__name__)
print(issubclass(bool, int), issubclass(int, (str, float)), issubclass(KeyError, LookupError))
print(type(1) is int, type(True) is bool, type(type) is type, type(object) is type)
print(int.__name__, int.__mro__, bool.__mro__, KeyError.__mro__)
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, (int, A)), B.__mro__)
print(callable(A), callable(A()), type(A()).__name__)
