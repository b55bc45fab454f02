def run(excs):
    try:
        raise ExceptionGroup('eg', excs)
    except* ValueError as e:
        print('ValueError handler', repr(e))
    except* TypeError as e:
        print('TypeError handler', repr(e))
run([ValueError(1), TypeError(2)])
run([ValueError(1), ValueError(2)])
try:
    run([KeyError('k'), ValueError(3)])
except ExceptionGroup as e:
    print('leftover', repr(e))
try:
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('wrapped', repr(e), type(e).__name__)
except Exception as x:
    print('outer', repr(x))
try:
    try:
        raise ExceptionGroup('g', [ValueError('v')])
    except* ValueError:
        raise KeyError('new in handler')
except (ExceptionGroup, KeyError) as e:
    print(repr(e), repr(e.__context__))
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [ValueError('b'), OSError('c')])])
try:
    try:
        raise nested
    except* ValueError as e:
        print('matched', repr(e))
except ExceptionGroup as rest:
    print('rest', repr(rest))
try:
    try:
        raise ExceptionGroup('g', [TypeError()])
    except* TypeError:
        pass
    print('fully handled')
except Exception:
    print('unreachable')
