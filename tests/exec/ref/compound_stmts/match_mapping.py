def m(x):
    match x:
        case {'type': 'point', 'x': x0, 'y': y0}: return f'point {x0},{y0}'
        case {'type': 'circle', **rest}: return f'circle rest={rest}'
        case {'a': 1}: return 'a is 1'
        case {}: return 'any mapping'
        case _: return 'not mapping'
for v in [{'type': 'point', 'x': 1, 'y': 2, 'z': 0}, {'type': 'circle', 'r': 5, 'c': 0}, {'a': 1, 'b': 2}, {'a': 2}, {}, [], 'str']:
    print(v, m(v))
class Missing(dict):
    def __missing__(self, k): return 'from missing'
match Missing(a=1):
    case {'b': v}: print('used __missing__?', v)
    case {'a': v}: print('no __missing__ in patterns', v)
KEY = 'k'
class C: K = 'k'
match {'k': 'v'}:
    case {C.K: val}: print('value key', val)
match {1: 'one', (1, 2): 'tuple', None: 'none'}:
    case {1: a, (1, 2): b, None: c}: print(a, b, c)
match {'x': {'y': [1, 2]}}:
    case {'x': {'y': [_, second]}}: print('nested', second)
match {'a': 1}:
    case {'a': 1, **others}: print('others empty', others)
