from _h import t
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([1j, 2]), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([0.1] * 3) == 0.3, sum([1e16, 1.0, 1.0]), sum([1.0, 1e100, 1.0, -1e100]))
print(sum([float('inf'), 1.0]), sum([float('inf'), float('-inf')]), sum([-0.0, -0.0]), sum([-0.0]), sum([], -0.0))
print(sum(x * x for x in range(10)), sum([True, True, False]), sum([2**64, 2**64]), sum([1.5, 2**53]), sum([0.1, 0.2], start=0.3))
t(sum, ['a', 'b'])
t(sum, ['a'], '')
t(sum, [b'a'], b'')
t(sum, [bytearray(b'a')], bytearray())
t(sum, 5)
t(sum, [1, 'a'])
t(sum)
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    __radd__ = __add__
    def __repr__(self): return f'V({self.v})'
print(sum([V(1), V(2)]), sum([V(1)], V(10)))
print(sum([1e308, 1e308]), sum([1e308, 1e308, -1e308]), sum([0.1j, 0.2j, 0.3j]), sum([2**70, 0.5]))
