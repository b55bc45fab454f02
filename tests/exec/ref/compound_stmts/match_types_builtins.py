def kind(v):
    match v:
        case bool(): return 'bool'
        case int(): return 'int'
        case float(): return 'float'
        case complex(): return 'complex'
        case str(): return 'str'
        case bytes(): return 'bytes'
        case list(): return 'list'
        case tuple(): return 'tuple'
        case dict(): return 'dict'
        case set() | frozenset(): return 'set-like'
        case None: return 'none'
        case object(): return 'object'
for v in [True, 3, 2.0, 1j, 's', b'b', [1], (1,), {}, {1}, frozenset(), None, object()]:
    print(repr(v) if not isinstance(v, object) or type(v) is not object else 'object()', kind(v))
match 5:
    case int(x) if x > 3:
        print('int captured', x)
match 'abc':
    case str(s):
        print('str captured', s)
match (1, 2):
    case tuple((a, b)):
        print('tuple positional subpattern', a, b)
class MyInt(int): pass
match MyInt(7):
    case int(n):
        print('subclass of int', n, type(n).__name__)
