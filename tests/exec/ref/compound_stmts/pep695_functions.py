def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__, first.__type_params__[0].__name__)
def pair[K, V](k: K, v: V) -> dict[K, V]:
    return {k: v}
print(pair('a', 1), [p.__name__ for p in pair.__type_params__])
def bounded[T: (int, float)](x: T) -> T: return x
T = bounded.__type_params__[0]
print(T.__constraints__, T.__bound__)
def b2[N: int](x: N) -> N: return x
print(b2.__type_params__[0].__bound__)
def variadic[*Ts](*args: *Ts): return args
print(variadic.__type_params__, type(variadic.__type_params__[0]).__name__)
def params[**P](f): return f
print(params.__type_params__, type(params.__type_params__[0]).__name__)
def nothing(): pass
print(nothing.__type_params__)
def scope[T]():
    return T
print(scope(), scope() is scope.__type_params__[0])
try:
    T_outside = TT
except NameError as e:
    print(type(e).__name__, e)
def lazy_bound[X: UndefinedBound](): pass
try:
    lazy_bound.__type_params__[0].__bound__
except NameError as e:
    print(type(e).__name__, e)
UndefinedBound = str
print(lazy_bound.__type_params__[0].__bound__)
def defaults[T = int, U = str](): pass
print([(p.__name__, p.__default__) for p in defaults.__type_params__])
def no_default[T](): pass
print(no_default.__type_params__[0].has_default())
