def show(e):
    chain = []
    while e is not None:
        chain.append(f'{type(e).__name__}({e})')
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    print(' <- '.join(chain))
try:
    try:
        {}['k']
    except KeyError:
        raise ValueError('second')
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise TypeError('t') from z
except TypeError as e:
    show(e); print(e.__suppress_context__, e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('none') from None
except TypeError as e:
    show(e); print(e.__suppress_context__, repr(e.__context__), e.__cause__)
try:
    try:
        raise ValueError('a')
    finally:
        raise KeyError('b')
except KeyError as e:
    show(e)
e = ValueError()
try:
    try:
        raise e
    except ValueError:
        raise e
except ValueError as x:
    print(x.__context__ is None)
def gen():
    try:
        yield
    except GeneratorExit:
        raise RuntimeError('from close')
g = gen(); next(g)
try:
    g.close()
except RuntimeError as r:
    print(repr(r), type(r.__context__).__name__)
