try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('implicit')
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('none') from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise KeyError('k') from ValueError
except KeyError as e:
    print(repr(e.__cause__))
try:
    raise KeyError('k') from 5
except TypeError as e:
    print(type(e).__name__, e)
e = RuntimeError('manual')
e.__cause__ = KeyError('c')
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 'str'
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e.__context__ = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
def chain3():
    try:
        try:
            raise A1('a')
        except A1:
            raise B1('b')
    except B1:
        raise C1('c')
class A1(Exception): pass
class B1(Exception): pass
class C1(Exception): pass
try:
    chain3()
except C1 as ex:
    print(repr(ex), repr(ex.__context__), repr(ex.__context__.__context__), ex.__context__.__context__.__context__)
try:
    try:
        raise ValueError('same')
    except ValueError as ve:
        raise ve
except ValueError as ex:
    print(ex.__context__)
try:
    raise
except RuntimeError as ex:
    print(type(ex).__name__, ex)
def reraise():
    try:
        raise IndexError('orig')
    except IndexError:
        raise
try:
    reraise()
except IndexError as ex:
    print('reraised', ex, ex.__context__)
