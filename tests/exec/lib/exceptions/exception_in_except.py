import sys
try:
    raise ValueError('x')
except ValueError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]), sys.exception().__class__.__name__)
print(sys.exc_info(), sys.exception())
def inner():
    return sys.exception()
try:
    raise TypeError('t')
except TypeError:
    print(repr(inner()))
    try:
        raise KeyError('nested')
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
try:
    try:
        raise ValueError(1)
    finally:
        print('finally sees', repr(sys.exception()))
except ValueError:
    pass
e = None
try:
    raise OSError('bound')
except OSError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
