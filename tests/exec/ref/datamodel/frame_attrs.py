import sys
def f():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name, type(fr).__name__
print(f())
def g(a, b=2):
    c = a + b
    return sys._getframe().f_locals
print(g(1))
def caller():
    return sys._getframe(1).f_code.co_name
def outer():
    return caller()
print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_globals is globals())
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
def tb():
    try:
        1 / 0
    except ZeroDivisionError as e:
        t = e.__traceback__
        return t.tb_frame.f_code.co_name, t.tb_lineno, t.tb_next, type(t).__name__
print(tb())
def nested_tb():
    def inner(): raise KeyError('k')
    try:
        inner()
    except KeyError as e:
        t = e.__traceback__
        names = []
        while t:
            names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
            t = t.tb_next
        return names
print(nested_tb())
