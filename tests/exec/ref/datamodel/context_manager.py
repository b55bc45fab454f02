class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    def __enter__(self):
        print('enter', self.name); return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v, tb is not None)
        return self.suppress
with CM('a') as x:
    print('body', x)
with CM('b', True):
    raise ValueError('swallowed')
print('after b')
try:
    with CM('c'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
with CM('d') as p, CM('e') as q:
    print(p, q)
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(3):
    with CM(str(i)):
        if i == 1: continue
        if i == 2: break
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter(): pass
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit(): pass
except TypeError as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError('orig')
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
class InstEnter:
    pass
ie = InstEnter()
ie.__enter__ = lambda: 1
ie.__exit__ = lambda *a: None
try:
    with ie: pass
except TypeError as e:
    print(type(e).__name__, e)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 'yes'
with Truthy():
    1 / 0
print('suppressed by truthy')
