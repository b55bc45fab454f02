class A[T](B[T], metaclass=M): pass
class B[T, U](Generic[T, U]): pass
