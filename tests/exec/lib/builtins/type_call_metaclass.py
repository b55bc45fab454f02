from _h import t
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=True):
    x = 1
class B(A):
    y = 2
print(type(A).__name__, type(B).__name__)
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class Q(P1, P2): pass
except TypeError as e:
    print(type(e).__name__, e)
t(type, 'X', (P1, P2), {})
class Sub(M1): pass
class R(P1, metaclass=Sub): pass
print(type(R).__name__)
print(type.__prepare__('x', ()), Meta.__prepare__('y', ()))
class OrderMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases): return {'injected': 'yes'}
class O(metaclass=OrderMeta): pass
print(O.injected)
