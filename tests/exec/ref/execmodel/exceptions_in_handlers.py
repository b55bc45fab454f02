def f():
    try:
        raise ValueError('first')
    except ValueError as e:
        raise TypeError('second')
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
def g():
    try:
        raise ValueError('v')
    except ValueError:
        try:
            raise KeyError('k')
        except KeyError:
            pass
        return 'inner handled'
print(g())
def h():
    try:
        try:
            raise ValueError('a')
        except ValueError:
            raise
    except ValueError as e:
        return e.__context__
print(h())
def k():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return type(err).__name__
print(k())
def cause_override():
    try:
        raise ValueError('v')
    except ValueError as e:
        new = RuntimeError('r')
        new.__cause__ = KeyError('explicit')
        raise new
try:
    cause_override()
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def nested_context_cycle():
    a = ValueError('a')
    b = TypeError('b')
    try:
        try:
            raise a
        except ValueError:
            raise b
    except TypeError:
        try:
            raise a
        except ValueError as e:
            return repr(e.__context__), repr(b.__context__)
print(nested_context_cycle())
