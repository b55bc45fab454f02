eg = ExceptionGroup('msg', [ValueError('a'), TypeError('b')])
d = eg.derive([KeyError('c')])
print(type(d).__name__, d.message, d.exceptions, d is eg, d.__cause__, d.__context__, d.__traceback__)
beg = BaseExceptionGroup('bmsg', [KeyboardInterrupt()])
d2 = beg.derive([ValueError()]); print(type(d2).__name__, repr(d2))
d3 = beg.derive([KeyboardInterrupt()]); print(type(d3).__name__)
try:
    eg.derive([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    eg.derive([KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
class Custom(ExceptionGroup):
    pass
c = Custom('c', [ValueError()])
print(type(c.derive([ValueError()])).__name__)
m, r = c.split(ValueError)
print(type(m).__name__, m is c)
c2 = Custom('c2', [ValueError(), TypeError()])
m, r = c2.split(ValueError)
print(type(m).__name__, type(r).__name__)
