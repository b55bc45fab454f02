def which(exc, handlers):
    try:
        raise exc
    except handlers as e:
        return 'caught ' + type(e).__name__
    except BaseException as e:
        return 'fallback ' + type(e).__name__
print(which(KeyError('k'), LookupError))
print(which(KeyError('k'), (IndexError, KeyError)))
print(which(KeyError('k'), (IndexError, (ValueError, KeyError))) if False else 'nested tuples not allowed?')
print(which(ValueError(), ()))
class Meta(type):
    def __instancecheck__(cls, inst): return True
    def __subclasscheck__(cls, sub): return True
class CatchAll(Exception, metaclass=Meta): pass
print(which(ValueError('v'), CatchAll))
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except (ValueError, 42):
        print('first matching entry wins')
except TypeError as e:
    print(type(e).__name__, e)
