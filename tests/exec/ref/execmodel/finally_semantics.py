def f1():
    try:
        raise ValueError('lost?')
    finally:
        print('finally 1')
try:
    f1()
except ValueError as e:
    print('still propagates', e)
def f2():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                print('finally with return pending', i)
print(f2())
def f3():
    try:
        try:
            raise KeyError('a')
        finally:
            raise ValueError('b')
    except ValueError as e:
        return repr(e), repr(e.__context__)
print(f3())
def f4():
    log = []
    for i in range(3):
        try:
            if i == 1:
                break
            log.append(i)
        finally:
            log.append(f'f{i}')
    return log
print(f4())
def f5():
    try:
        pass
    finally:
        x = 'assigned in finally'
    return x
print(f5())
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
for v in gen():
    print(v)
    break
print('after break')
g = gen()
next(g)
del g
print('after del')
