def t(kind):
    log = []
    try:
        log.append('try')
        if kind == 'raise': raise ValueError('v')
        if kind == 'return': return log + ['returned']
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
print(t('ok')); print(t('raise')); print(t('return'))
def finally_return():
    try:
        return 'try'
    finally:
        return 'finally'
print(finally_return())
def finally_swallow():
    try:
        raise KeyError('lost')
    finally:
        return 'swallowed'
print(finally_swallow())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1: continue
            if i == 3: break
            out.append(i)
        finally:
            out.append(f'f{i}')
    return out
print(loop_finally())
def nested():
    try:
        try:
            raise TypeError('inner')
        except ValueError:
            return 'wrong'
        finally:
            print('inner finally')
    except TypeError as e:
        return 'outer caught ' + str(e)
print(nested())
def else_raises():
    try:
        pass
    except Exception:
        return 'no'
    else:
        raise RuntimeError('from else')
try:
    else_raises()
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)
def multi():
    for exc in (ValueError, KeyError, IndexError, ZeroDivisionError):
        try:
            raise exc('x')
        except (ValueError, KeyError) as e:
            print('tuple caught', type(e).__name__)
        except IndexError:
            print('index')
        except Exception as e:
            print('generic', type(e).__name__)
multi()
def ret_value_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(ret_value_finally())
def exc_var_deleted():
    e = 'before'
    try:
        raise ValueError
    except ValueError as e:
        pass
    return 'e' in locals()
print(exc_var_deleted())
