class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr(404, 'not found')
except MyErr as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class Custom(ValueError):
    def __str__(self): return 'custom str'
try:
    raise Custom(1, 2)
except ValueError as e:
    print(e, repr(e), e.args)
class NoInit(Exception): pass
e = NoInit('a', 'b')
print(str(e), repr(e), e.args, str(NoInit()), repr(NoInit()), str(NoInit('x')))
e.extra = 5
print(e.extra, e.__dict__)
class WithAttrs(KeyError): pass
print(str(WithAttrs('k')), repr(WithAttrs('k')))
print(str(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')))
class Base(Exception): pass
class Derived(Base): pass
try:
    raise Derived('d')
except Base as e:
    print('caught by base', type(e).__name__)
try:
    raise Derived
except Exception as e:
    print(repr(e), e.args)
class ArgsOverride(Exception):
    def __init__(self):
        super().__init__('fixed', 'args')
print(ArgsOverride().args, str(ArgsOverride()))
class SetArgs(Exception): pass
x = SetArgs(1)
x.args = ('changed',)
print(x, x.args)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), KeyboardInterrupt.__mro__[1].__name__)
print(OSError(2, 'No such file').errno, OSError(2, 'x').strerror, str(OSError(2, 'msg')))
print(StopIteration(5).value, SystemExit(3).code, UnicodeError.__base__.__name__)
