def m(x):
    match x:
        case []: return 'empty'
        case [a]: return f'one {a}'
        case [a, b]: return f'two {a} {b}'
        case [a, *rest] if len(rest) > 3: return f'long {a} rest={rest}'
        case [a, *mid, z]: return f'ends {a} {mid} {z}'
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), 'ab', b'ab', range(3), {1, 2}, iter([1])]:
    print(type(v).__name__, m(v))
def nested(x):
    match x:
        case [(a, b), [c, *_]]: return (a, b, c)
        case (1, _, _): return 'starts with 1, len 3'
        case [*_, 'end']: return 'ends with end'
        case [str() as s, *_]: return 'first is str ' + s
    return 'no match'
print(nested([(1, 2), [3, 4, 5]]), nested((1, 'a', 'b')), nested([0, 'end']), nested(['s', 1]), nested([0]))
match [1, 2]:
    case [1, 2, *_]:
        print('star wildcard empty ok')
match (1, [2, 3]):
    case (x, [y, z]):
        print(x, y, z)
class MySeq(list): pass
match MySeq([1, 2]):
    case [a, b]: print('list subclass', a, b)
match 'abc':
    case [*chars]: print('str is sequence?', chars)
    case _: print('str is not a sequence pattern subject')
match [1, [2, [3, [4]]]]:
    case [_, [_, [_, [deep]]]]: print('deep', deep)
