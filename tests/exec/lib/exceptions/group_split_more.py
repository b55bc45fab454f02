def s(g):
    if g is None: return 'None'
    if isinstance(g, BaseExceptionGroup):
        return f'{type(g).__name__}({g.message!r}, [{", ".join(s(e) for e in g.exceptions)}])'
    return repr(g)
ki = KeyboardInterrupt()
beg = BaseExceptionGroup('b', [ValueError(1), ki, ExceptionGroup('e', [TypeError(2)])])
for cond in [ValueError, KeyboardInterrupt, Exception, BaseException, (TypeError, KeyboardInterrupt), ExceptionGroup, BaseExceptionGroup, lambda e: isinstance(e, BaseExceptionGroup)]:
    m, r = beg.split(cond)
    print(s(m), '||', s(r))
print(s(beg.subgroup(KeyboardInterrupt)), s(beg.subgroup(Exception)))
eg = ExceptionGroup('x', [ValueError(1), ValueError(2)])
m, r = eg.split(lambda e: e.args[0] == 1)
print(s(m), s(r), m.exceptions[0] is eg.exceptions[0])
m, r = eg.split(lambda e: e is eg)
print(m is eg, r)
try:
    eg.split(lambda e: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eg.split(ValueError, TypeError)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eg.split()
except TypeError as e:
    print(type(e).__name__, e)
