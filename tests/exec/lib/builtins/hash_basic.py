from _h import t
# Hash values differ between 32- and 64-bit builds, so only relations are printed.
print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(-12345), hash(True), hash(False))
print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0), hash(2.0) == 2, hash(0.5) == hash(0.5), hash(float('inf')) == hash(float('inf')), hash(float('inf')) != hash(float('-inf')))
print(hash(None) == hash(None), hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash((1, 2)) != hash((2, 1)))
print(hash(1j) == hash(1j), hash(complex(1.5, 0)) == hash(1.5), hash(3 + 0j) == hash(3))
print(hash(frozenset()) == hash(frozenset()), hash(range(3)) == hash(range(3)), hash(b'') == hash(''), hash(Ellipsis) == hash(...))
t(hash, [])
t(hash, {})
t(hash, set())
t(hash, bytearray())
t(hash, (1, []))
class A: pass
a = A(); print(hash(a) == hash(a), type(hash(a)).__name__)
class E:
    def __eq__(self, o): return True
t(hash, E())
class H:
    def __hash__(self): return 12
print(hash(H()))
class Bad:
    def __hash__(self): return 'x'
t(hash, Bad())
class NH:
    __hash__ = None
t(hash, NH())
class Neg:
    def __hash__(self): return -1
print(hash(Neg()))
class Sub(int): pass
print(hash(Sub(7)), type(hash(Sub(7))).__name__)
