from _h import t
def counter():
    total = 0
    while True:
        x = yield total
        if x is None: break
        total += x
    return total
g = counter()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('return', e.value)
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield 'caught ' + str(e)
    yield 'after'
g = thrower(); next(g)
print(g.throw(ValueError('x')), next(g))
t(g.throw, KeyError('k'))
g = thrower(); next(g)
print(g.throw(ValueError, 'typ'))
t(thrower().throw, 5)
def self_ref():
    yield gen.gi_running
gen = self_ref(); print(next(gen), gen.gi_running)
def reentrant():
    yield next(gen2)
gen2 = reentrant()
t(next, gen2)
print(gen2.gi_suspended if hasattr(gen2, 'gi_suspended') else 'n/a', gen2.gi_code.co_name, gen2.gi_yieldfrom)
def deleg():
    yield from [1, 2]
    yield from (x for x in 'ab')
    r = yield from counter()
    return r
d = deleg(); print([next(d) for _ in range(5)], d.send(3), d.gi_yieldfrom is not None)
