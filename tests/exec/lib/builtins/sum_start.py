from _h import t
print(sum([1, 2], start=10), sum([], start=[]), sum([[1]], start=[0]), sum([(1,)], ()), sum([1], True), sum([True, True]), sum([], None))
t(sum, [], start='s') if False else t(sum, ['a'], start='')
t(sum, [1], start='a')
t(sum, [b'x'], b'')
t(sum, [bytearray(b'x')], bytearray())
t(sum, [], '')
print(sum([], b'') if False else '', sum([1, 2], 0.0), type(sum([1, 2], 0.0)).__name__, sum([10**20, 10**20]), sum([-1] * 10))
class Acc:
    def __init__(self, v=0): self.v = v
    def __add__(self, o): return Acc(self.v + o)
    def __repr__(self): return f'Acc({self.v})'
print(sum([1, 2, 3], Acc()))
class R:
    def __radd__(self, o): return 'radd'
print(sum([R()]), sum([1, R()]))
t(sum, [1, 2], 3, 4)
