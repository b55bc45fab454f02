class C:
    type A = int
    def f(self):
        type B[T] = list[T]
        return B
def g():
    type C = lambda: 1
