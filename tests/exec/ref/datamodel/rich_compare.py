class P:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print('lt', self.v, o.v); return self.v < o.v
    def __le__(self, o): print('le'); return self.v <= o.v
    def __repr__(self): return f'P{self.v}'
a, b = P(1), P(2)
print(a < b)
print(a > b)
print(a <= b, a >= b)
class Q:
    def __init__(self, v): self.v = v
try:
    Q(1) < Q(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Q(1) >= 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 < 'a'
except TypeError as e:
    print(type(e).__name__, e)
q = Q(1)
print(q == q, q != q, q == Q(1), q != Q(1))
class E:
    def __eq__(self, o): return True
e = E()
print(e == 1, e != 1, 1 == e, 1 != e)
class NE:
    def __ne__(self, o): return 'custom ne'
print(NE() != 1, NE() == 1)
print(sorted([P(3), P(1), P(2)]))
print(max([P(3), P(5)], key=lambda p: p.v), [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print([P(1)] == [P(1)], [q] == [q])
class W:
    def __eq__(self, o): return 'weird'
print([W()] == [W()], W() in [1], (W(),) == (W(),))
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) > T(0), T(0) < T(1))
