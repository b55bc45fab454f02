from _h import t
u = int | str | None
print(u, u.__args__, isinstance(None, u), isinstance(1.0, u), issubclass(type(None), u), len(u.__args__))
print(int | int, (int | str) | float, int | (str | float) == (int | str) | float, (int | str) == (int | str), hash(int | str) == hash(str | int))
print(type(int | str).__name__, type(int | str).__module__, isinstance(int | str, type), repr(list[int] | None))
t(lambda: int | 'str')
t(lambda: 1 | int)
class A: pass
print(A | None, None | A, (A | int).__args__)
t(isinstance, [], list[int] | int)
t(issubclass, list, int | list[int])
print(isinstance(True, bool | None), issubclass(bool, str | int))
