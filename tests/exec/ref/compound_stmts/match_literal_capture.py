def m(x):
    match x:
        case 0: return 'zero'
        case 1 | 2: return 'one or two'
        case -1: return 'minus one'
        case 1.5: return 'float'
        case 2j: return 'complex'
        case 'hello': return 'string'
        case b'bytes': return 'bytes'
        case True: return 'True'
        case None: return 'None'
        case -3 + 4j: return 'complex expr'
        case _: return 'other'
for v in [0, 1, 2, -1, 1.5, 2j, 'hello', b'bytes', True, None, -3 + 4j, 'x', 0.0, 1.0, False]:
    print(repr(v), m(v))
def cap(x):
    match x:
        case y if y > 10:
            return f'big {y}'
        case y:
            return f'captured {y}'
print(cap(20), cap(3))
match 5:
    case n:
        pass
print('n after match', n)
def wild(x):
    match x:
        case _:
            return 'wildcard'
print(wild(object()) , wild(None))
match 'abc':
    case 'xyz': print('no')
print('no case matched, no error')
def bool_vs_int(x):
    match x:
        case True: return 'is True'
        case 1: return 'is 1'
print(bool_vs_int(1), bool_vs_int(True), bool_vs_int(1.0))
