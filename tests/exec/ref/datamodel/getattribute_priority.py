class D:
    def __get__(self, o, t): return 'data descr'
    def __set__(self, o, v): pass
class ND:
    def __get__(self, o, t): return 'non-data descr'
class C:
    d = D()
    nd = ND()
    plain = 'class attr'
    def __getattr__(self, n): return f'__getattr__({n})'
c = C()
c.__dict__.update(d='inst d', nd='inst nd', plain='inst plain')
print(c.d, c.nd, c.plain, c.missing)
class P:
    @property
    def p(self): return 'property'
p = P()
p.__dict__['p'] = 'instance'
print(p.p)
class M(type):
    attr = 'from metaclass'
    @property
    def mprop(cls): return 'meta property'
class K(metaclass=M):
    pass
print(K.attr, K.mprop)
try:
    K().attr
except AttributeError as e:
    print(type(e).__name__, e)
class K2(metaclass=M):
    attr = 'from class'
print(K2.attr)
class MD(type):
    @property
    def over(cls): return 'meta data descr wins'
class K3(metaclass=MD):
    over = 'class dict'
print(K3.over)
class FuncAttr:
    def f(self): return 'method'
fa = FuncAttr()
fa.f = lambda: 'instance function'
print(fa.f(), FuncAttr.f(fa))
