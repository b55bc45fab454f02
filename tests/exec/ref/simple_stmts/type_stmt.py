type Point = tuple[float, float]
print(Point, type(Point).__name__, Point.__name__, Point.__value__)
type Lazy = UndefinedYet
print(Lazy.__name__)
try:
    Lazy.__value__
except NameError as e:
    print(type(e).__name__, e)
UndefinedYet = int
print(Lazy.__value__)
type ListOf[T] = list[T]
print(ListOf.__type_params__, ListOf[int], ListOf.__value__)
type Pair[K, V] = dict[K, V]
print(Pair.__type_params__, Pair[str, int])
type Bounded[T: int] = list[T]
T0 = Bounded.__type_params__[0]
print(T0, T0.__bound__)
type Constrained[T: (int, str)] = T
print(Constrained.__type_params__[0].__constraints__)
type Recursive = list[Recursive] | int
print(Recursive.__value__)
def f():
    type Local = int
    return Local
print(f().__name__, f().__module__)
class C:
    type Inner = str
print(C.Inner.__name__, C.Inner.__value__)
calls = []
def side():
    calls.append(1)
    return int
type S = side()
print(calls)
print(S.__value__, calls)
print(S.__value__, calls)
type WithStar[*Ts] = tuple[*Ts]
type WithP[**P] = P
print(WithStar.__type_params__, WithP.__type_params__)
try:
    Point.__value__ = 1
except AttributeError as e:
    print(type(e).__name__)
print(Point.__module__)
