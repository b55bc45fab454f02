def check(exc):
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, repr(e), e is exc if not isinstance(exc, type) else type(e) is exc)
check(ValueError)
check(ValueError('v'))
check(KeyError)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError('a')
    except (ValueError, KeyError) as e:
        print('tuple catch', repr(e))
        raise
except LookupError as e:
    print('reraised', repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
class Custom(Exception):
    def __init__(self): super().__init__('made by init')
try:
    raise Custom
except Custom as e:
    print(repr(e))
class BadInit(Exception):
    def __init__(self): raise ValueError('init failed')
try:
    raise BadInit
except ValueError as e:
    print(type(e).__name__, e)
