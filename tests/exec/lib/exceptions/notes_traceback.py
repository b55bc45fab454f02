from _h import t
e = ValueError('x')
print(hasattr(e, '__notes__'))
e.add_note('first'); e.add_note('second')
print(e.__notes__)
t(e.add_note, 5)
t(e.add_note)
e.__notes__ = 'not a list'
t(e.add_note, 'x')
e2 = KeyError('k')
print(e2.__traceback__, e2.with_traceback(None) is e2)
try:
    raise e2
except KeyError as k:
    tb = k.__traceback__
    print(tb is not None, type(tb).__name__, tb.tb_lineno, tb.tb_next)
e3 = TypeError('t').with_traceback(tb)
print(e3.__traceback__ is tb)
t(e3.with_traceback, 5)
try:
    e3.__traceback__ = 'x'
except TypeError as ex:
    print(type(ex).__name__, ex)
print(e3.__cause__, e3.__context__, e3.__suppress_context__)
e3.__cause__ = ValueError('c'); print(e3.__suppress_context__ if False else repr(e3.__cause__))
try:
    e3.__cause__ = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    raise ValueError('a') from KeyError('b')
except ValueError as v:
    print(repr(v.__cause__), v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during')
except ValueError as v:
    print(repr(v.__context__), v.__cause__)
e = Exception(); e.args = [1, 2]; print(e.args, str(e))
e.args = 'ab'; print(e.args)
print(BaseException.__new__(ValueError).args, ValueError.__new__(ValueError, 1, 2).args)
