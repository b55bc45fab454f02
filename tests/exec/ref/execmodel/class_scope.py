x = 'global'
class C:
    x = 'class'
    y = x
    def m(self): return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(C.y, C().m(), C.z, C.w)
class D:
    a = 1
    b = [a for _ in range(2)] if False else None
    try:
        c = [a + i for i in range(2)]
    except NameError as e:
        c = str(e)
    d = [i for i in range(a + 2)]
print(D.c, D.d)
def f():
    v = 'func local'
    class E:
        u = v
        def g(self): return v
    return E.u, E().g()
print(f())
def h():
    q = 'enclosing'
    class F:
        q = 'class attr'
        def g(self): return q
        r = q
    return F().g(), F.r
print(h())
def k():
    n = 'n-enclosing'
    class G:
        print('in class body', n)
        n = 'n-class'
        print('after assign', n)
    return G.n
print(k())
class H:
    val = 10
    def method(self):
        try:
            return val
        except NameError as e:
            return 'NameError: ' + str(e)
print(H().method())
class I:
    items = ['a', 'b']
    upper = [s.upper() for s in items]
print(I.upper)
class J:
    def __init__(self): self.x = 1
    locals()['injected'] = 5
print(hasattr(J, 'injected'))
