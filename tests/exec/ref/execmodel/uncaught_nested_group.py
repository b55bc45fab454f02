def inner():
    raise ExceptionGroup('inner', [KeyError('k'), IndexError(3)])
def outer():
    try:
        inner()
    except ExceptionGroup as g:
        raise ExceptionGroup('outer', [g, ZeroDivisionError('z')])
outer()
