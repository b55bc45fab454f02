from _h import t
def f():
    raise ValueError('inner')
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno > 0)
        tb = tb.tb_next
    print('depth', n)
    saved = e.__traceback__
e2 = RuntimeError('new')
r = e2.with_traceback(saved)
print(r is e2, e2.__traceback__ is saved)
try:
    raise e2
except RuntimeError as x:
    tb = x.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next is saved)
e3 = KeyError()
e3.__traceback__ = None; print(e3.__traceback__)
t(setattr, e3, '__traceback__', 1)
t(e3.with_traceback)
t(e3.with_traceback, None, None)
print(type(saved).__name__, hasattr(saved, 'tb_lasti'))
