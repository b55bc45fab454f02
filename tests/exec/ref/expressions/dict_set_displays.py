d = {'a': 1, 'b': 2, 'a': 3}
print(d, len(d))
print({1: 'int', 1.0: 'float', True: 'bool'})
print({x: x * 2 for x in range(3)}, dict(a=1), dict([('k', 'v')]), dict({'x': 1}, y=2))
s = {3, 1, 2, 1}
print(sorted(s), len(s), {1, 1.0, True}, {(1, 2), (1, 2)})
print({1, 2, 3} == {3, 2, 1}, type({1, 2, 3}).__name__, set() == set(), {} == dict())
def keys_order():
    log = []
    def k(x):
        log.append(('k', x)); return x
    def v(x):
        log.append(('v', x)); return x
    r = {k(1): v('a'), k(2): v('b')}
    return r, log
print(keys_order())
try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{}}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1, [2]}
except TypeError as e:
    print(type(e).__name__, e)
big = {1, 2, 3, 4, 5}
print(sorted(big), 3 in big, {'x', 'y', 'z'} == {'z', 'y', 'x'})
print({**{'a': 1}, 'b': 2}, {*[1, 2], 3} == {1, 2, 3})
nested = {'l': [1, {'s': {2}}]}
print(nested, nested['l'][1]['s'])
print(list({'b': 1, 'a': 2}), list({'b': 1, 'a': 2}.values()))
d2 = {}
d2[1] = 'x'; d2[1.0] = 'y'
print(d2, {0: 'z', False: 'w'})
print(frozenset({1, 2}) == {1, 2}, {frozenset({1}): 'fs'})
