type IntList = list[int]
type StrMap[V] = dict[str, V]
print(IntList, IntList.__value__, StrMap[float], StrMap.__value__)
print(type(IntList).__name__, IntList.__type_params__, StrMap.__type_params__)
def f():
    type Local[T] = tuple[T, T]
    return Local
L = f()
print(L.__name__, L[int])
try:
    IntList()
except TypeError as e:
    print(type(e).__name__, e)
print(repr(IntList), str(StrMap))
type Forward = 'SomeName'
print(Forward.__value__)
class Container:
    type Elem = int
    def elem(self) -> 'Container.Elem': return 1
print(Container.Elem.__qualname__ if hasattr(Container.Elem, '__qualname__') else Container.Elem.__name__)
