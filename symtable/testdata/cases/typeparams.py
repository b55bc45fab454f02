def ident[T](x: T) -> T:
    return x
def bounded[T: int, *Ts, **P](a: T, *args: *Ts) -> T:
    return a
def constrained[T: (int, str)](a: T = 1, *, k: T = 2) -> T:
    return a
def defaulted[T = int, *Ts = *tuple[int], **P = [int]](): pass
class Box[T]:
    item: T
    def get(self) -> T:
        return self.item
class Sub[K, V](dict[K, V], metaclass=type):
    def pairs(self) -> list[tuple[K, V]]:
        return []
type Alias = int
type Generic[T] = list[T]
type Bounded[T: int = bool] = dict[T, T]
class Outer:
    type InClass = Outer
    type InClassGeneric[T] = list[T]
    def method[U](self, u: U) -> U:
        return u
    class Nested[__T]:
        def f(self, x: __T) -> __T:
            return x
def f():
    type Local[X] = list[X]
    v = 1
    type UsesV = v
    return Local, UsesV
