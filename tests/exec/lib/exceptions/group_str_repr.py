cases = [
    ExceptionGroup('one', [ValueError('x')]),
    ExceptionGroup('two', [ValueError('x'), TypeError('y')]),
    ExceptionGroup('', [KeyError('k')]),
    BaseExceptionGroup('base', [KeyboardInterrupt(), SystemExit(1)]),
    ExceptionGroup('nest', [ExceptionGroup('in', [ValueError(1)]), ValueError(2)]),
    ExceptionGroup('q"uote\'s', [ValueError()]),
]
for eg in cases:
    print(type(eg).__name__, str(eg), '|', repr(eg), '|', eg.args[0], len(eg.exceptions))
eg = cases[1]
eg.args = ('changed',) if False else eg.args
print(eg.message, eg.exceptions is eg.exceptions, type(eg.exceptions).__name__)
try:
    eg.message = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
try:
    eg.exceptions = ()
except AttributeError as e:
    print(type(e).__name__, e)
