from _h import t
class A:
    def __init__(self): self.a = 1
class B(A):
    def __init__(self): super().__init__(); self.b = 2
print(vars(B()), sorted(k for k in vars(B) if not k.startswith('__')))
class Dict:
    pass
d = Dict(); d.__dict__ = {'replaced': True}; print(vars(d), d.replaced)
t(setattr, d, '__dict__', 5)
class WithDictProp:
    @property
    def __dict__(self): return {'fake': 1}
print(vars(WithDictProp()))
class BadDictProp:
    @property
    def __dict__(self): raise AttributeError('no dict')
t(vars, BadDictProp())
print(type(vars(int)).__name__, 'bit_length' in vars(int), sorted(vars(A).keys())[0:2] if False else '')
def f(a, b=1):
    c = a + b
    return sorted(vars().items())
print(f(1))
import sys
print(type(vars(sys)).__name__, vars() is globals())
t(vars, None)
