from _h import t
d = {}
for k in 'zyxabc':
    d[k] = ord(k)
print(list(d), list(d.values()))
del d['x']; d['x'] = 0; print(list(d))
d['z'] = 'updated'; print(list(d.items())[:2])
d2 = {i: i for i in range(10)}
for i in range(0, 10, 2): del d2[i]
d2[0] = 'back'; print(d2)
print({1: 'a'} == {1.0: 'a'}, {True: 1} == {1: 1}, {0: 1, 0.0: 2, False: 3}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 0
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f'K{self.v}'
dd = {K(1): 1, K(2): 2, K(1): 3}; print(dd)
class Mut:
    def __repr__(self): return "Mut"
    def __hash__(self): return 1
    def __eq__(self, o):
        dd2.clear()
        return False
dd2 = {Mut(): 1}
t(lambda: dd2[Mut()] and None or 'found')
print(len(dd2))
d3 = {i: str(i) for i in range(1000)}; print(len(d3), d3[999], sum(d3.keys()))
for i in range(990): del d3[i]
print(d3)
