# Closures: nonlocal counters, closures over loop values, higher-order calls.
def make_counter():
    n = 0

    def inc(k):
        nonlocal n
        n += k
        return n
    return inc


def make_adder(a):
    def add(x):
        return x + a
    return add


def compose(f, g):
    return lambda x: f(g(x))


def work(n):
    c = make_counter()
    adders = [make_adder(i) for i in range(10)]
    f = compose(adders[3], adders[4])
    s = 0
    for i in range(n):
        s += c(1)
        s += adders[i % 10](i)
        s += f(i)
    return s


print(work(2500000))
