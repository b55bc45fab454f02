def m(x):
    match x:
        case (1 | 2 | 3) as small: return f'small {small}'
        case [1, (2 | 3) as second]: return f'second {second}'
        case {'k': (int() | str()) as v}: return f'k is {v!r}'
        case [a, b] | (a, b, _): return f'pair-ish {a} {b}'
        case str(s) if s.isdigit(): return f'digits {s}'
        case str(s) if (n := len(s)) > 3: return f'long str {n}'
        case _: return 'other'
for v in [1, 3, [1, 2], [1, 3], {'k': 5}, {'k': 'x'}, {'k': 1.5}, [7, 8], (7, 8, 9), '123', 'abcdef', 'ab']:
    print(repr(v), m(v))
calls = []
def guard(v):
    calls.append(v)
    return v > 1
match [1, 2]:
    case [x, y] if guard(x): print('first guard')
    case [x, y] if guard(y): print('second guard', x, y)
print(calls)
match 5:
    case 1 | 2: print('no')
    case (4 | 5) as five if five > 4: print('or+as+guard', five)
match [1, [2, 3]]:
    case [_, [_, _] as inner] as whole: print(inner, whole)
def bind_in_failed_guard(v):
    match v:
        case [a, b] if a > b: return 'desc'
        case [a, b]: return f'not desc {a} {b}'
print(bind_in_failed_guard([1, 2]), bind_in_failed_guard([3, 1]))
