from _h import t
eg = ExceptionGroup('m', [ValueError(1)])
print(eg.exceptions[0].args, eg.message, eg.args, len(eg.args), type(eg.args[1]).__name__)
t(ExceptionGroup, 'm', [ValueError()], extra=1)
t(ExceptionGroup)
t(ExceptionGroup, 'm', 'abc')
t(ExceptionGroup, 'm', {ValueError()})
t(ExceptionGroup, 'm', [ValueError, TypeError()])
t(BaseExceptionGroup, 'm', [SystemExit, KeyboardInterrupt])
t(ExceptionGroup, None, [ValueError()])
t(ExceptionGroup, 'gen', (x for x in [ValueError(), TypeError()]))
class MyEG(BaseExceptionGroup): pass
m = MyEG('x', [ValueError()]); print(type(m).__name__, isinstance(m, Exception))
m2 = MyEG('x', [KeyboardInterrupt()]); print(type(m2).__name__)
class MyExcEG(ExceptionGroup):
    def __new__(cls, msg, excs, extra):
        obj = super().__new__(cls, msg, excs)
        obj.extra = extra
        return obj
    def __init__(self, msg, excs, extra):
        super().__init__(msg, excs)
x = MyExcEG('e', [ValueError()], 42); print(x.extra, repr(x), x.args)
print(str(ExceptionGroup('', [ValueError()])), str(ExceptionGroup('msg', [ValueError(), ValueError()])))
eg = ExceptionGroup('top', [ValueError('a')])
eg.add_note('note!')
print(eg.__notes__, eg.derive([TypeError()]).__notes__ if hasattr(eg.derive([TypeError()]), '__notes__') else 'no notes on derive')
