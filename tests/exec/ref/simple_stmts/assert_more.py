def check(v):
    assert isinstance(v, int), f'expected int, got {type(v).__name__}'
    assert v > 0, v
    return v
for v in [1, 'x', -5, 0]:
    try:
        print(check(v))
    except AssertionError as e:
        print(type(e).__name__, repr(e.args[0]))
class Msg:
    def __str__(self): return 'custom message object'
try:
    assert False, Msg()
except AssertionError as e:
    print(e, type(e.args[0]).__name__)
try:
    assert None
except AssertionError as e:
    print(repr(e), e.args)
def gen():
    assert (yield 1) == 'ok', 'bad send'
    yield 'passed'
g = gen()
next(g)
print(g.send('ok'))
g2 = gen(); next(g2)
try:
    g2.send('nope')
except AssertionError as e:
    print('gen', e)
