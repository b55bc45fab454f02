class A(Exception):
    def __new__(cls, *args):
        print('new', args)
        return super().__new__(cls, *args)
    def __init__(self, *args):
        print('init', args)
a = A(1, 2); print(a.args)
class B(Exception):
    def __init__(self, x, y=0):
        self.x = x; self.y = y
        super().__init__(x + y)
b = B(1, y=2); print(b.args, b.x, b.y, str(b), repr(b))
class C(ValueError):
    pass
c = C('a', 'b'); print(c.args, str(c), repr(c), isinstance(c, ValueError))
class D(KeyError):
    def __str__(self): return 'D str'
print(str(D('k')), repr(D('k')))
class E(OSError): pass
e = E(1000, 'msg', 'fn'); print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
class F(Exception):
    def __init__(self):
        pass
f = F(); print(f.args, repr(f))
class G(Exception):
    def __init__(self, *a, **kw):
        super().__init__(*a)
        self.kw = kw
g = G(1, flag=True); print(g.args, g.kw)
class H(Exception):
    args = 'class attr'
print(H(1).args if False else 'skip')
class I(Exception):
    def __init__(self, msg):
        self.msg = msg
    def __str__(self): return 'I: ' + self.msg
try:
    raise I('boom')
except I as e:
    print(e, e.args)
