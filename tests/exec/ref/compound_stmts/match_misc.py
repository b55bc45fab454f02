def describe(x):
    match x:
        case {'cmd': 'go', 'dir': ('north' | 'south') as d}:
            return f'going {d}'
        case {'cmd': 'go', 'dir': d}:
            return f'unknown direction {d}'
        case ['move', int(x0), int(y0)]:
            return f'move to {x0},{y0}'
        case ['say', *words]:
            return 'say ' + ' '.join(words)
        case str() if x.startswith('#'):
            return 'comment'
        case None:
            return 'nothing'
        case _:
            return f'unrecognised {x!r}'
for cmd in [{'cmd': 'go', 'dir': 'north'}, {'cmd': 'go', 'dir': 'up'}, ['move', 1, 2], ['move', 1, 'x'], ['say', 'hi', 'there'], '#x', None, 42]:
    print(describe(cmd))
match (1, 2):
    case (a, b) if a > b:
        print('no')
    case (a, b):
        print('swap', b, a)
x = 'outer'
match 'inner':
    case x:
        pass
print(x)
def nested_match(v):
    match v:
        case [*_]:
            match len(v):
                case 0: return 'empty list'
                case n: return f'list of {n}'
        case _:
            return 'not list'
print(nested_match([]), nested_match([1, 2]), nested_match(3))
