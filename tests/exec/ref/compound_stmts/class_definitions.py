class A:
    'docstring'
    x = 1
    def __init__(self, v): self.v = v
    def get(self): return self.v
class B(A):
    x = 2
    def get(self): return super().get() * 10
print(A(1).get(), B(2).get(), B.x, A.x, B.__doc__, B.__bases__[0].__name__)
print(B.__mro__ == (B, A, object), issubclass(B, A), isinstance(B(1), A))
class Empty: pass
class Empty2(): pass
class Empty3(object): pass
print(Empty.__bases__, Empty2.__bases__, Empty3.__bases__)
def make_class(n):
    class Local:
        val = n
        def m(self): return self.val
    return Local
L1, L2 = make_class(1), make_class(2)
print(L1().m(), L2().m(), L1 is L2, L1.__qualname__)
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.Deepest.__qualname__)
class WithBody:
    print('class body executes')
    for i in range(2):
        print('loop in class', i)
    del i
    if True:
        cond = 'set'
print(WithBody.cond, hasattr(WithBody, 'i'))
bases = (A,)
class Dyn(*bases):
    pass
print(Dyn(5).get())
kw = {}
class Kw(A, **kw): pass
print(Kw.__mro__[1].__name__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
print([Counter().id for _ in range(3)], Counter.count)
class Cls:
    def method(self): return __class__
print(Cls().method() is Cls)
class Self:
    def ret(self): return self
s = Self()
print(s.ret() is s)
class Ordered:
    z = 1
    a = 2
    def m(self): pass
print([k for k in Ordered.__dict__ if not k.startswith('__')])
