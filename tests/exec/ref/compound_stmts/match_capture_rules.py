def m(v):
    match v:
        case [x, y] if x == y:
            return 'pair-equal', x
        case [x, _, *_]:
            return 'starts', x
        case {'k': x} | {'j': x}:
            return 'map-or', x
        case x:
            return 'fallback', x
print(m([1, 1]), m([1, 2, 3]), m({'j': 'J'}), m('s'), m([]))
def group_binding(v):
    match v:
        case (1 | 2) as n, (3 | 4) as o:
            return n + o
        case _:
            return None
print(group_binding((1, 4)), group_binding((2, 5)))
last = None
for item in [(1, 'a'), [2, 'b'], 'cc']:
    match item:
        case (n, s):
            last = (n, s)
            print('matched', n, s)
print(last)
match {'a': 1, 'b': 2}:
    case {'a': 1, **rest} if rest:
        print('rest nonempty', rest)
