assert True
assert 1 == 1, 'never shown'
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ['list', 'msg']
except AssertionError as e:
    print(e.args, e)
def msg():
    print('msg evaluated')
    return 'lazy'
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e)
x = 5
try:
    assert x < 0, f'x is {x}'
except AssertionError as e:
    print(e)
print(__debug__)
class Custom:
    def __bool__(self): return False
try:
    assert Custom(), 'custom false'
except AssertionError as e:
    print(e)
assert x == 5, 'ok'
assert False, 'uncaught assertion message'
