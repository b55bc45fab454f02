def show(g, ind=''):
    if g is None:
        print(ind + 'None'); return
    print(ind + type(g).__name__ + ' ' + repr(g.message) if isinstance(g, BaseExceptionGroup) else ind + repr(g))
    if isinstance(g, BaseExceptionGroup):
        for e in g.exceptions:
            show(e, ind + '  ')
eg = ExceptionGroup('top', [ValueError('v1'), TypeError('t1'), ExceptionGroup('sub', [ValueError('v2'), KeyError('k')])])
m, r = eg.split(ValueError)
show(m); show(r)
m, r = eg.split((TypeError, KeyError))
show(m); show(r)
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == 'v2')
show(m); show(r)
m, r = eg.split(Exception)
print(m is eg, r)
m, r = eg.split(OSError)
print(m, r is eg)
show(eg.subgroup(ValueError))
show(eg.subgroup(LookupError))
print(eg.subgroup(OSError), eg.subgroup(BaseException) is eg)
show(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == 'sub'))
try:
    eg.split(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eg.subgroup('x')
except TypeError as e:
    print(type(e).__name__, e)
d = eg.derive([ValueError('new')])
print(type(d).__name__, d.message, d.exceptions)
eg.__notes__ = ['note1']
eg.__cause__ = RuntimeError('cause')
m, r = eg.split(ValueError)
print(m.__notes__, m.__cause__, r.__notes__, m.__traceback__)
beg = BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError()])
m, r = beg.split(ValueError)
print(type(m).__name__, type(r).__name__, repr(m), repr(r))
class MyEG(ExceptionGroup):
    def derive(self, excs): return MyEG(self.message + '!', excs)
me = MyEG('mine', [ValueError(), TypeError()])
m, r = me.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
