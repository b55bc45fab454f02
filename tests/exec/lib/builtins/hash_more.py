# Hash values differ between 32- and 64-bit builds, so only relations are printed.
for v in [2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**64, -(2**61) + 1, -(2**61), -(2**64), 10**20, -10**20, 2**31 - 1, 2**31]:
    print(v, hash(v) == hash(float(v)) if abs(v) < 2**53 else 'big', hash(v) == hash(v), type(hash(v)).__name__)
for f in [0.5, 0.25, 1.1, -1.1, 1e-10, 2.5e20, 3.14159, -0.0]:
    print(f, hash(f) == hash(f), hash(f) == hash(int(f)) if f.is_integer() else 'frac')
print(hash(1 + 1j) == hash(1 + 1j), hash(complex(0, 1)) == hash(1j), hash(1.5 + 2.5j) != hash(1.5))
print(hash((1,)) == hash((1,)), hash((1, 2)) != hash((2, 1)), hash(()) == hash(tuple()), hash((None,)) == hash((None,)))
print(hash(range(0, 5)) == hash(range(5)), hash(range(1, 5, 2)) == hash(range(1, 6, 2)), hash(slice(1, 2)) == hash(slice(1, 2)))
class A:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
a = A(); print(hash(a) == hash(a))
class B(A): pass
print(B.__hash__ is object.__hash__)
class C:
    def __eq__(self, o): return False
print(C.__hash__)
class D(C):
    def __hash__(self): return -1
print(hash(D()))
class Big:
    def __hash__(self): return 2**100
print(hash(Big()) == hash(2**100))
