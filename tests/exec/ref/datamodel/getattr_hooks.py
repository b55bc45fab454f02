class G:
    a = 1
    def __getattr__(self, name):
        if name.startswith('_'): raise AttributeError(name)
        return 'dyn:' + name
g = G()
print(g.a, g.b, getattr(g, 'c'), hasattr(g, '_x'), getattr(g, '_y', 'dflt'))
class GA:
    def __init__(self): self.real = 'r'
    def __getattribute__(self, name):
        if name == 'magic': return 'intercepted'
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return 'fallback:' + name
ga = GA()
print(ga.magic, ga.real, ga.missing)
class SA:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)
sa = SA()
sa.v = 5
print(sa.v, sa.__dict__)
del sa.v
try:
    del sa.v
except AttributeError as e:
    print(type(e).__name__, e)
setattr(sa, 'w', 1)
print(getattr(sa, 'w'))
class Raise:
    def __getattribute__(self, n): raise KeyError(n)
try:
    Raise().x
except KeyError as e:
    print(type(e).__name__, e)
try:
    object().attr
except AttributeError as e:
    print(type(e).__name__, e)
class Plain: pass
try:
    Plain().nope
except AttributeError as e:
    print(type(e).__name__, e, e.name, type(e.obj).__name__)
try:
    Plain.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, 'x', 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(g, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(Plain(), 'x', None), hasattr(Plain, '__dict__'))
class Chain(G):
    def __getattr__(self, name): return 'chain-' + super().__getattr__(name)
print(Chain().foo)
