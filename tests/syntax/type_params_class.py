class A[T]: pass
class B[T: int, U = str](Base[T]): pass
class C[*Ts = *tuple[int]]: pass
class D[**P = [int, str]]: pass
class E[T: int = bool, *Ts, **P]: pass
