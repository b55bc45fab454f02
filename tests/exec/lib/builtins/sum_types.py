from _h import t
print(sum([1, 2.0]), type(sum([1, 2.0])).__name__, sum([1, True]), type(sum([True, True])).__name__, sum([1j, 1]), type(sum([1, 1j])).__name__, sum([2**100, 1.0]))
print(sum(iter(range(5))), sum(x for x in []), sum({1: 'a', 2: 'b'}), sum({1.5, 2.5}), sum(b'\x01\x02'), sum(bytearray(b'\x03')))
t(sum, 'abc')
t(sum, [[1], 2], [])
t(sum, [None])
t(sum, [1, None])
t(sum, [1.5, None])
t(sum, [1j, None])
print(sum([[1], [2, 3]], start=[0]), sum([(1, 2), (3,)], ()), sum([], []))
class Num:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return Num(o + self.v) if isinstance(o, int) else NotImplemented
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __repr__(self): return f'Num({self.v})'
print(sum([Num(1), Num(2)]), sum([1, Num(5)]), sum([1.5, Num(5)]) if False else '')
