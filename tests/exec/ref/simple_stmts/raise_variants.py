class E(Exception):
    def __init__(self, *args):
        print('E init', args)
        super().__init__(*args)
try:
    raise E
except E as e:
    print('args', e.args)
try:
    raise E('x') from E('cause')
except E as e:
    print(repr(e.__cause__))
def f():
    raise ValueError('in f')
try:
    f()
except ValueError as e:
    print(e.__traceback__.tb_next.tb_frame.f_code.co_name)
err = None
try:
    try:
        raise KeyError('k')
    except KeyError as e:
        err = e
    raise err
except KeyError as e2:
    print(e2 is err, repr(e2))
try:
    raise Exception('a', 'b', 3)
except Exception as e:
    print(e, e.args)
try:
    raise BaseException('base')
except Exception:
    print('no')
except BaseException as e:
    print('BaseException caught', e)
