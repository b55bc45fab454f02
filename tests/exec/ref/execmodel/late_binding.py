def make():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
print([f() for f in make()])
def make2():
    fs = []
    for i in range(3):
        def g(i=i): return i
        fs.append(g)
    return fs
print([f() for f in make2()])
def make3():
    def factory(n):
        return lambda: n
    return [factory(i) for i in range(3)]
print([f() for f in make3()])
def rebind():
    v = 1
    f = lambda: v
    v = 2
    return f()
print(rebind())
def global_late():
    return gl
gl = 'defined later'
print(global_late())
x = 1
def default_early(a=x): return a
x = 2
print(default_early())
def mutable_default(l=[]):
    l.append(1)
    return len(l)
print(mutable_default(), mutable_default(), mutable_default([]))
def counter_gen():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
add = counter_gen()
print(add(1), add(10))
def closure_over_loop_var_after():
    fs = [lambda: j for j in range(3)]
    j = 'not seen'
    return [f() for f in fs]
print(closure_over_loop_var_after())
def closure_in_while():
    fs = []
    k = 0
    while k < 3:
        fs.append(lambda: k)
        k += 1
    return [f() for f in fs]
print(closure_in_while())
