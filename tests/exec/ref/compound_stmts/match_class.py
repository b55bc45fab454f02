class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
def m(p):
    match p:
        case Point(0, 0): return 'origin'
        case Point(x=0, y=yy): return f'on y axis {yy}'
        case Point(xx, 0): return f'on x axis {xx}'
        case Point(x, y) if x == y: return f'diagonal {x}'
        case Point(): return 'some point'
        case int(n) | float(n): return f'number {n}'
        case str() as s: return f'string {s}'
        case [Point(x=a), Point(x=b)]: return f'two points {a} {b}'
        case _: return 'other'
for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), 7, 2.5, 'hi', [Point(1, 0), Point(2, 0)], None]:
    print(m(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print(type(e).__name__, e)
class TooFew:
    __match_args__ = ('a',)
    a = 1
try:
    match TooFew():
        case TooFew(1, 2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Point(1, 2):
        case Point(1, x=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case len(): pass
except TypeError as e:
    print(type(e).__name__, e)
match Point(1, 2):
    case Point(z=1): print('no')
    case _: print('missing attr means no match')
for v in [True, 1, b'x', bytearray(b'y') if 'bytearray' in dir(__builtins__) else b'y', [1], (1,), {1: 2}, frozenset([1])]:
    match v:
        case bool(b): print('bool', b)
        case int(i): print('int', i)
        case bytes(bb): print('bytes', bb)
        case list(l) | tuple(l): print('seq', l)
        case dict(d): print('dict', d)
        case frozenset(f): print('frozenset', sorted(f))
        case _: print('other', v)
class Sub(Point): pass
match Sub(5, 6):
    case Point(x, y): print('subclass matches base', x, y)
class BadMatchArgs:
    __match_args__ = ['x']
    x = 1
try:
    match BadMatchArgs():
        case BadMatchArgs(1): print('list match_args')
except TypeError as e:
    print(type(e).__name__, e)
