class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
add5 = Adder(5)
print(add5(1), list(map(add5, [1, 2])), sorted([3, 1, 2], key=Adder(-10)))
class Memo:
    def __init__(self, f): self.f = f; self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
class Method:
    def __call__(self, *a): return ('called with', a)
class Holder:
    m = Method()
print(Holder().m(1))
print(callable(Adder), callable(add5), callable(Holder()), callable(print), callable(None))
class ClassCall:
    @classmethod
    def __call__(cls): return 'classmethod call'
print(ClassCall()())
