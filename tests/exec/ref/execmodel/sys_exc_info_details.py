import sys
def show():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, repr(v), tb is not None)
print(show())
try:
    raise KeyError('k')
except KeyError:
    print(show())
    try:
        raise ValueError('v')
    except ValueError:
        print(show())
    print(show())
print(show())
def in_finally():
    try:
        raise IndexError('i')
    finally:
        return show()
print(in_finally())
try:
    raise TypeError('t')
except TypeError as e:
    print(sys.exception() is e, sys.exc_info()[1] is e)
