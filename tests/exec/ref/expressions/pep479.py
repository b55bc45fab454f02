def g():
    yield 1
    raise StopIteration('inside')
try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
def g2():
    yield 1
    next(iter([]))
try:
    for x in g2(): print(x)
except RuntimeError as e:
    print(type(e).__name__, e)
def g3():
    return
    yield
print(list(g3()))
def g4():
    try:
        yield 1
        raise StopIteration
    except StopIteration:
        yield 'caught inside'
print(list(g4()))
ge = (next(iter([])) for _ in range(3))
try:
    list(ge)
except RuntimeError as e:
    print('genexp', type(e).__name__, e)
def g5():
    yield 1
    raise StopAsyncIteration
try:
    list(g5())
except RuntimeError as e:
    print(type(e).__name__, e)
def deleg():
    yield from g()
try:
    list(deleg())
except RuntimeError as e:
    print('through yield from', e)
it = iter([1])
def uses_next():
    while True:
        yield next(it)
try:
    print(list(uses_next()))
except RuntimeError as e:
    print('loop', type(e).__name__, e)
def plain():
    raise StopIteration(5)
try:
    plain()
except StopIteration as e:
    print('plain function ok', e.value)
