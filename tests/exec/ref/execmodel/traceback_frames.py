def a(): b()
def b(): c()
def c(): raise RuntimeError('deep')
try:
    a()
except RuntimeError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
def gen():
    yield 1
    raise ValueError('from gen')
try:
    for x in gen(): pass
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
class K:
    def __init__(self):
        raise TypeError('in init')
try:
    K()
except TypeError as e:
    tb = e.__traceback__
    print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_qualname)
def lam():
    return (lambda: 1 / 0)()
try:
    lam()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next: tb = tb.tb_next
    print(tb.tb_frame.f_code.co_name)
a()
