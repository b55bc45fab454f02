from _h import t
class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b', True):
    raise ValueError('suppressed')
print('after')
try:
    with CM('c'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
with CM('d') as x, CM('e') as y:
    print(x, y)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                return 'ret'
print(gen())
class Raising:
    def __enter__(self): raise RuntimeError('enter fail')
    def __exit__(self, *a): print('not called')
t(lambda: [None for _ in [1] if Raising().__enter__()])
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise OSError('exit fail')
try:
    with ExitRaises():
        raise ValueError('orig')
except OSError as e:
    print(repr(e), repr(e.__context__))
