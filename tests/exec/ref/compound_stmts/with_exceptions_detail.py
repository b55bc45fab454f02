class Tracker:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, repr(ev), tb is not None)
        return self.swallow
with Tracker('outer', swallow=True):
    with Tracker('inner'):
        raise KeyError('k')
print('after')
def gen_exit():
    with Tracker('in-func'):
        return 'value'
print(gen_exit())
try:
    with Tracker('a'), Tracker('b', swallow=True), Tracker('c'):
        raise ValueError('v')
    print('b swallowed it')
except ValueError:
    print('not reached')
class ExitReturnsNone:
    def __enter__(self): return 'entered'
    def __exit__(self, *a): return None
try:
    with ExitReturnsNone() as v:
        print(v)
        raise IndexError('propagates')
except IndexError as e:
    print('caught', e)
class EnterReturnsSelf:
    def __enter__(self): return self
    def __exit__(self, *a): pass
with EnterReturnsSelf() as s:
    print(type(s).__name__)
