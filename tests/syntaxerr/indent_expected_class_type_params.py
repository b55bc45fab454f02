class A[T]:
pass
