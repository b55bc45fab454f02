def f(exc):
    try:
        if exc: raise exc
        r = 'no exc'
    except (KeyError, IndexError) as e:
        r = f'lookup {type(e).__name__}'
    except ZeroDivisionError:
        r = 'zero'
    except Exception as e:
        r = f'other {type(e).__name__}'
    else:
        r += ' else'
    finally:
        r += ' finally'
    return r
for exc in [None, KeyError, IndexError('i'), ZeroDivisionError, ValueError]:
    print(f(exc))
def bare():
    try:
        raise SystemExit(5)
    except:
        return 'bare except caught SystemExit'
print(bare())
def tf():
    try:
        return 'value'
    finally:
        print('cleanup')
print(tf())
def nested():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer caught', e)
nested()
def exc_in_except():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise TypeError('second')
        except TypeError as e:
            return repr(e.__context__)
print(exc_in_except())
def name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return str(e)
    except UnboundLocalError as e:
        return str(e)
print(name_cleared())
class E1(Exception): pass
class E2(E1): pass
try:
    raise E2
except E1 as e:
    print('subclass caught by base', type(e).__name__)
try:
    try:
        raise E1
    except E2:
        print('no')
except E1:
    print('base not caught by subclass handler')
def bad_except_type():
    try:
        raise ValueError
    except 'notaclass':
        pass
try:
    bad_except_type()
except TypeError as e:
    print(type(e).__name__, e)
def dynamic_types(types):
    try:
        raise KeyError('k')
    except types as e:
        return 'caught ' + repr(e)
print(dynamic_types(KeyError), dynamic_types((ValueError, LookupError)))
try:
    print(dynamic_types(()))
except KeyError:
    print('empty tuple catches nothing')
