def run(excs):
    try:
        raise ExceptionGroup('eg', excs)
    except* ValueError as g:
        print('ValueError handler', repr(g))
    except* TypeError as g:
        print('TypeError handler', repr(g))
run([ValueError(1), TypeError(2), ValueError(3)])
run([ValueError('only')])
try:
    run([KeyError('unhandled'), ValueError('v')])
except ExceptionGroup as g:
    print('escaped', repr(g))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked wrapped', repr(g), type(g).__name__)
try:
    try:
        raise TypeError('x')
    except* ValueError:
        print('no')
except TypeError as e:
    print('plain propagates', repr(e))
try:
    raise ExceptionGroup('g', [ValueError(1)])
except* (ValueError, TypeError) as g:
    print('tuple', repr(g))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise KeyError('from handler')
except ExceptionGroup as g:
    print('raised in handler', repr(g))
try:
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as g:
    print('reraise', repr(g))
try:
    raise ExceptionGroup('g', [ValueError(1)])
except* ValueError:
    print('handled')
else:
    print('else not run')
finally:
    print('finally')
try:
    pass
except* ValueError:
    pass
else:
    print('else runs')
def nested_groups():
    try:
        raise ExceptionGroup('o', [ExceptionGroup('i', [ValueError('deep')]), TypeError('t')])
    except* ValueError as g:
        print('deep', repr(g))
    except* TypeError as g:
        print('t', repr(g))
nested_groups()
