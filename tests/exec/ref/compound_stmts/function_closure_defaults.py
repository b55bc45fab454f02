def make(n):
    def add(x, n=n): return x + n
    def mul(x): return x * n
    return add, mul
add, mul = make(3)
print(add(1), mul(2), add(1, 10), add.__defaults__, mul.__closure__[0].cell_contents)
def counter(start=0, *, step=1):
    value = start
    def nxt():
        nonlocal value
        value += step
        return value
    return nxt
c = counter(10, step=5)
print(c(), c(), counter()())
def kwdefault(*, flag=[]):
    flag.append(1)
    return len(flag)
print(kwdefault(), kwdefault(), kwdefault.__kwdefaults__)
