def in_while():
    n = 0
    while True:
        n += 1
        if n > 3:
            return n
print(in_while())
def in_finally_order():
    log = []
    try:
        log.append('try')
        return log
    finally:
        log.append('finally')
print(in_finally_order())
def in_except():
    try:
        raise ValueError
    except ValueError:
        return 'from except'
    finally:
        print('finally after except return')
print(in_except())
def nested_try():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested_try())
def with_return():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            print('exit', a[0])
    with CM():
        return 'with'
print(with_return())
def loop_else_return():
    for i in range(3):
        pass
    else:
        return 'else', i
print(loop_else_return())
def gen_return():
    yield 1
    return
print(list(gen_return()))
def implicit(): x = 1
print(implicit())
def match_return(v):
    match v:
        case 1: return 'one'
        case _: return 'other'
print(match_return(1), match_return(2))
