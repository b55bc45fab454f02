def make_pair():
    value = 0
    def get(): return value
    def set(v):
        nonlocal value
        value = v
    return get, set
g1, s1 = make_pair()
g2, s2 = make_pair()
s1(10)
print(g1(), g2())
def loop_cells():
    out = []
    for i in range(3):
        def f(i=i): return i
        out.append(f)
    return [f() for f in out]
print(loop_cells())
def shared_loop_cell():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 100
    return [f() for f in fs]
print(shared_loop_cell())
def param_cell(x):
    def inner(): return x
    x = x * 2
    return inner()
print(param_cell(4))
def nested_nonlocal():
    a = 1
    def l1():
        def l2():
            nonlocal a
            a += 10
        l2()
        return a
    return l1(), a
print(nested_nonlocal())
def class_in_closure():
    secret = 'hidden'
    class C:
        def reveal(self): return secret
    return C().reveal()
print(class_in_closure())
