eg = ExceptionGroup('group msg', [ValueError(1), TypeError(2)])
print(eg, repr(eg), eg.message, eg.exceptions, type(eg).__mro__[1].__name__)
print(isinstance(eg, Exception), issubclass(BaseExceptionGroup, BaseException))
bg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(bg).__name__)
bg2 = BaseExceptionGroup('b', [ValueError()])
print(type(bg2).__name__)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup('x', [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup('x', [1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as e:
    print(type(e).__name__, e)
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
match, rest = nested.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(nested.subgroup(TypeError)))
print(nested.subgroup(KeyError))
print(repr(nested.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 'c')))
m2, r2 = nested.split((ValueError, TypeError))
print(repr(m2) == repr(nested), r2)
d = nested.derive([KeyError('z')])
print(repr(d))
print(str(ExceptionGroup('one', [ValueError()])), str(ExceptionGroup('two', [ValueError(), KeyError()])))
eg.add_note('gnote')
m3, _ = eg.split(ValueError)
print(m3.__notes__)
