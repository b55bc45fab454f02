class Box[T]:
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
print(Box(1).get(), Box.__type_params__, Box.__type_params__[0].__name__)
print(Box.__mro__[-2].__name__ if len(Box.__mro__) > 2 else 'no Generic', hasattr(Box, '__parameters__'))
print(Box[int], Box[int].__origin__ is Box, Box[int].__args__)
class Pair[K, V]:
    pass
print(Pair.__type_params__, Pair[str, int])
class Bounded[T: int]:
    pass
print(Bounded.__type_params__[0].__bound__)
class Sub[T](Box[T]):
    pass
print(Sub.__type_params__, Sub(5).get(), [c.__name__ for c in Sub.__mro__])
class Uses[T]:
    attr: T
    def m(self): return T
print(Uses().m() is Uses.__type_params__[0])
class Outer[T]:
    class Inner:
        def f(self): return T
print(Outer.Inner().f())
class WithDefault[T = list]:
    pass
print(WithDefault.__type_params__[0].__default__)
try:
    class Bad[T](Box[int], Box[T]): pass
except TypeError as e:
    print(type(e).__name__, e)
class Star[*Ts]: pass
class PS[**P]: pass
print(Star.__type_params__, PS.__type_params__)
