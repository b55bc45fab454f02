try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert 1 == 2, 'message here'
except AssertionError as e:
    print(repr(e), str(e))
try:
    assert [], ['list', 'msg']
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert None, None
except AssertionError as e:
    print(repr(e), e.args)
def check(x):
    assert x > 0, f'{x} not positive'
    return x
try:
    check(-1)
except AssertionError as e:
    print(e)
print(check(5))
