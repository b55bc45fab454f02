def fail():
    raise ValueError('x')
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
e = ValueError('fresh')
print(e.__traceback__)
try:
    raise e
except ValueError as e2:
    print(e2 is e, e2.__traceback__ is not None)
e3 = KeyError('k').with_traceback(None)
print(e3.__traceback__)
try:
    try:
        fail()
    except ValueError as e:
        raise e.with_traceback(None)
except ValueError as e:
    n = 0; t = e.__traceback__
    while t: n += 1; t = t.tb_next
    print('frames', n)
try:
    ValueError().with_traceback(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
def reraise_keeps():
    try:
        fail()
    except ValueError:
        raise
try:
    reraise_keeps()
except ValueError as e:
    lines = []; t = e.__traceback__
    while t: lines.append(t.tb_frame.f_code.co_name); t = t.tb_next
    print(lines)
