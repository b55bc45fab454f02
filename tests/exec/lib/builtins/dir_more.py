from _h import t
print(sorted(set(dir(object())) - {'__getstate__'}) == sorted(set(dir(object)) - {'__getstate__'}), '__class__' in dir(object), len(dir(object)) > 20)
class A:
    def __init__(self): self.inst = 1
    def meth(self): pass
    @property
    def prop(self): return 1
print([n for n in dir(A()) if not n.startswith('_')], [n for n in dir(A) if not n.startswith('_')])
class M(type):
    def meta_method(cls): pass
class X(metaclass=M):
    attr = 1
print([n for n in dir(X) if not n.startswith('_')], 'meta_method' in dir(M))
print([n for n in dir('') if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
print([n for n in dir(set()) if not n.startswith('_')])
print([n for n in dir(()) if not n.startswith('_')], [n for n in dir(range(1)) if not n.startswith('_')])
class D:
    def __dir__(self): return ('b', 'a')
print(dir(D()))
class BadD:
    def __dir__(self): raise ValueError('dir boom')
t(dir, BadD())
print(type(dir()).__name__)
