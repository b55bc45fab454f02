def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3))
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter()
c(); c()
print(c())
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def recursive_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(recursive_inner(10))
def shadow():
    x = 'outer'
    def inner():
        x = 'inner'
        return x
    return inner(), x
print(shadow())
def decorator_with_state():
    calls = []
    def deco(f):
        def w(*a):
            calls.append(f.__name__)
            return f(*a)
        return w
    @deco
    def one(): return 1
    @deco
    def two(): return 2
    return one() + two(), calls
print(decorator_with_state())
def gen_factory(n):
    def gen():
        for i in range(n):
            yield i * n
    return gen
print(list(gen_factory(3)()))
