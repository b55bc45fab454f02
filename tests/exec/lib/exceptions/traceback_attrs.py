def a(): b()
def b(): raise ValueError('deep')
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    f = e.__traceback__.tb_frame
    print(f.f_code.co_name, type(f).__name__, f.f_globals is globals(), f.f_lineno > 0)
try:
    raise KeyError('k')
except KeyError as e:
    print(e.__traceback__.tb_next, e.__traceback__.tb_lineno)
