def f(excs):
    log = []
    try:
        raise ExceptionGroup('g', excs)
    except* KeyError as g:
        log.append(('key', len(g.exceptions)))
    except* (ValueError, TypeError) as g:
        log.append(('vt', sorted(type(e).__name__ for e in g.exceptions)))
    return log
print(f([KeyError(1), ValueError(2), TypeError(3), KeyError(4)]))
print(f([TypeError('t')]))
def g():
    try:
        raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [ValueError(2), KeyError(3)])])
    except* ValueError as eg:
        print('matched', repr(eg))
    except* KeyError as eg:
        print('matched', repr(eg))
g()
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        print('handled value')
except ExceptionGroup as rest:
    print('rest', repr(rest))
def exc_in_two_handlers():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('k1')
    except* TypeError:
        raise KeyError('k2')
try:
    exc_in_two_handlers()
except ExceptionGroup as e:
    print(type(e).__name__, repr(e.message), [repr(x) for x in e.exceptions])
try:
    raise ExceptionGroup('g', [ValueError(1)])
except* ValueError as e:
    print(type(e).__name__, e.message, e.exceptions)
