def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), e.__cause__ is not None)
def r1(): raise ValueError
def r2(): raise ValueError('msg')
def r3(): raise ValueError('a', 1)
def r4(): raise KeyError from None
def r5(): raise TypeError('x') from KeyError('y')
def r6(): raise SystemExit(3)
def r7(): raise KeyboardInterrupt
def r8(): raise StopIteration('s')
def r9(): raise GeneratorExit
for f in (r1, r2, r3, r4, r5, r6, r7, r8, r9):
    show(f)
def bad_class():
    class NotExc: pass
    raise NotExc
show(bad_class)
def bad_from():
    raise ValueError from 'str'
show(bad_from)
def raise_type_instance_fails():
    class E(Exception):
        def __init__(self, a, b): super().__init__(a, b)
    raise E
show(raise_type_instance_fails)
def bare_no_active():
    raise
show(bare_no_active)
def bare_in_except():
    try:
        raise IndexError('first')
    except IndexError:
        try:
            raise KeyError('second')
        except KeyError:
            pass
        raise
show(bare_in_except)
def raise_in_finally():
    try:
        raise ValueError('try')
    finally:
        raise TypeError('finally')
try:
    raise_in_finally()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def cause_class():
    raise ValueError('v') from KeyError
try:
    cause_class()
except ValueError as e:
    print(repr(e.__cause__))
e = ValueError('reused')
for _ in range(2):
    try:
        raise e
    except ValueError as ex:
        print(ex is e)
