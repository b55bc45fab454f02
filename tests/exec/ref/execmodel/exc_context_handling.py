import sys
print(sys.exception(), sys.exc_info())
try:
    raise ValueError('outer')
except ValueError:
    print(repr(sys.exception()), sys.exc_info()[0].__name__)
    try:
        raise KeyError('inner')
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
def f():
    return sys.exception()
try:
    raise TypeError('t')
except TypeError:
    print(repr(f()))
def gen():
    try:
        raise ValueError('in gen')
    except ValueError:
        yield repr(sys.exception())
        yield repr(sys.exception())
g = gen()
print(next(g))
print(sys.exception())
try:
    raise KeyError('caller')
except KeyError:
    print(next(g))
def g2():
    yield repr(sys.exception())
try:
    raise IndexError('around next')
except IndexError:
    print(next(g2()))
try:
    try:
        raise ValueError(1)
    finally:
        print('finally sees', repr(sys.exception()))
except ValueError:
    pass
try:
    raise ValueError('a')
except ValueError as e:
    try:
        raise TypeError('b')
    except TypeError as e2:
        print(repr(e2.__context__))
print(sys.exc_info())
