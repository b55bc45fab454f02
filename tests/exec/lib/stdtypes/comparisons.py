from _h import t
print(1 < 2, 2 <= 2, 3 > 4, 1 == 1.0, 1 != 1, 1 is not None, [1, 2] < [1, 3], (1, 2) < (1, 2, 0), 'abc' < 'abd', 'a' < 'B')
print([1] == [1], [1] == (1,), {1: 2} == {1: 2}, {1, 2} == {2, 1}, 1 == 1 + 0j, float('nan') == float('nan'), [float('nan')] == [float('nan')])
n = float('nan'); l = [n]
print(l == l, n in l, l.count(n), l.index(n))
t(lambda: 1 < 'a')
t(lambda: [1] < 'a')
t(lambda: {1: 2} < {1: 2})
t(lambda: None < None)
t(lambda: 1j < 2j)
t(lambda: (1, 'a') < (1, 2))
print({1, 2} < {1, 2, 3}, {1} <= {1}, {1, 2} > {1}, {1} > {2}, frozenset({1}) < {1, 2})
class A:
    def __eq__(self, o): return 'eq!'
    def __lt__(self, o): return NotImplemented
print(A() == 1, 1 == A(), A() != 1)
t(lambda: A() < A())
class B:
    def __gt__(self, o): return 'B.gt'
print(1 < B(), B() > 1)
print(2**100 == 2.0**100, 2**100 + 1 == 2.0**100, 10**400 > 1e308, float('inf') > 10**400, -float('inf') < -(10**400))
print(0.1 + 0.2 == 0.3, 1e16 + 1 == 1e16, (2**53 + 1) == float(2**53 + 1), 9007199254740993 < 9007199254740992.0)
print([1, 2] == [1, 2.0], (1, [2]) == (1, [2]), b'a' == 'a', b'a' < b'b', bytearray(b'a') == b'a' if False else 'skip')
print(None == None, None is None, None == 0, NotImplemented == NotImplemented)
