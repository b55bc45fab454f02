class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'L{self.v}'
a, b = OnlyLt(1), OnlyLt(2)
print(a < b, b > a, sorted([b, a]), max([a, b]), min(b, a))
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq() != 1, 1 != OnlyEq())
class SubInt(int):
    def __radd__(self, o): return 'SubInt.radd'
    def __rsub__(self, o): return 'SubInt.rsub'
print(1 + SubInt(2), 1 - SubInt(2), SubInt(2) + 1)
class SubList(list):
    def __radd__(self, o): return 'SubList.radd'
print([1] + SubList([2]))
class Gt:
    def __gt__(self, o): return 'reflected gt'
print(1 < Gt(), Gt() > 1)
class X:
    def __contains__(self, v): return 0
print(1 in X(), 1 not in X())
class Bool0:
    def __len__(self): return 0
print(not Bool0(), bool(Bool0()) or 'fallback')
