class Outer:
    T = 'class attr T'
    def method[T](self, x: T) -> T:
        return x
    def uses_class_T(self):
        return self.T
print(Outer().method(5), Outer().uses_class_T(), Outer.method.__type_params__)
def f[T]():
    def inner():
        return T
    return inner()
print(f(), type(f()).__name__)
class Gen[T]:
    items: list[T]
    def get(self) -> 'T': return 'x'
print(Gen.__type_params__[0] is Gen.__type_params__[0], Gen.__type_params__[0].__name__)
type A[T] = list[T]
print(A.__type_params__[0].__name__, A[int].__value__ if hasattr(A[int], '__value__') else A[int])
def g[T: str, *Ts, **P](): return T, Ts, P
t, ts, p = g()
print(t.__bound__, type(ts).__name__, type(p).__name__)
print(t.__name__, ts.__name__, p.__name__)
