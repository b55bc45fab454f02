g1 = 0
def a():
    global g1, g2
    g1 = 1
    g2 = 2
a()
print(g1, g2)
def b():
    x = 0
    def c():
        nonlocal x
        x = 10
        def d():
            nonlocal x
            x += 1
        d()
    c()
    return x
print(b())
def e():
    v = 'e'
    class K:
        nonlocal v
        v = 'set in class'
    return v
print(e())
def f():
    global g3
    if False:
        g3 = 1
    return 'g3' in globals()
print(f())
for src in ['def h():\n    nonlocal q\n', 'nonlocal z\n', 'def h(p):\n    global p\n', 'def h():\n    x = 1\n    global x\n']:
    try:
        compile(src, '<test>', 'exec')
    except SyntaxError as ex:
        print(type(ex).__name__, ex.msg)
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get(): return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
def uses_global_in_comp():
    global g4
    g4 = [i for i in range(3)]
uses_global_in_comp()
print(g4)
