def inner():
    x = yield 1
    print('inner got', x)
    y = yield 2
    print('inner got', y)
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got result', r)
    yield 'outer-done'
g = outer()
print(next(g), g.send('A'), g.send('B'))
try:
    next(g)
except StopIteration:
    print('exhausted')
def delegate_list():
    yield from [1, 2]
    yield from 'ab'
    yield from range(2)
    return (yield from (x * 10 for x in range(2)))
print(list(delegate_list()))
def thrower():
    try:
        yield 't1'
    except ValueError as e:
        print('inner caught', e)
        yield 't2'
    return 'tret'
def wrap():
    r = yield from thrower()
    yield 'wrap got ' + str(r)
w = wrap()
print(next(w), w.throw(ValueError('X')), next(w))
def closer():
    try:
        yield 1
    finally:
        print('inner closed')
def wrap2():
    yield from closer()
w2 = wrap2(); next(w2); w2.close()
def stop_value():
    return (yield from ())
s = stop_value()
try:
    next(s)
except StopIteration as e:
    print('empty yield from value', e.value)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration('it-value')
        return self.n
def from_it():
    v = yield from It()
    yield v
print(list(from_it()))
def nested(n):
    if n: yield from nested(n - 1)
    yield n
print(list(nested(4)))
try:
    list((yield from 5) for _ in [1]) if False else None
    def bad(): yield from 5
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
def sendto():
    yield from iter([1, 2])
st = sendto(); next(st)
try:
    st.send('x')
except AttributeError as e:
    print(type(e).__name__, e)
