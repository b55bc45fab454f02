class A:
    def __eq__(self, o): return True
print(A.__hash__)
try:
    hash(A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {A()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {A(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class B:
    def __eq__(self, o): return isinstance(o, B)
    def __hash__(self): return 7
print(hash(B()), len({B(), B()}))
class C(B):
    def __eq__(self, o): return False
print(C.__hash__)
class D:
    __hash__ = None
try:
    hash(D())
except TypeError as e:
    print(type(e).__name__, e)
class E:
    def __hash__(self): return 2**70
print(hash(E()) == hash(2**70))
class F:
    def __hash__(self): return 'no'
try:
    hash(F())
except TypeError as e:
    print(type(e).__name__, e)
class G:
    def __hash__(self): return -1
print(hash(G()))
print(hash(1) == hash(1.0) == hash(True), hash(-1))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for x in [[], {}, set()]:
    try:
        hash(x)
    except TypeError as e:
        print(type(e).__name__, e)
class H(list):
    pass
try:
    hash(H())
except TypeError as e:
    print(type(e).__name__, e)
class I(list):
    def __hash__(self): return 5
print(hash(I()))
print(object.__hash__ is not None, type(A.__eq__).__name__)
