class C:
    def __contains__(self, x):
        print('contains', x); return x == 1
print(1 in C(), 2 in C(), 3 not in C())
class Ret:
    def __contains__(self, x): return [1]
print(5 in Ret())
class It:
    def __iter__(self): return iter([1, 2, 3])
print(2 in It(), 9 in It())
class G:
    def __getitem__(self, i):
        if i > 5: raise IndexError
        return i
print(4 in G(), 10 in G())
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in object()
except TypeError as e:
    print(type(e).__name__, e)
class NoC:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoC()
except TypeError as e:
    print(type(e).__name__, e)
print('a' in 'cat', '' in 'x', 1 in [1], 1 in {1: 2}, 2 in {1: 2}, 1 in range(3), 1.0 in {1}, 3 in (1, 2))
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
nan = float('nan')
print(nan in [nan], nan == nan, [nan] == [nan])
class Eq:
    def __eq__(self, o): return True
print(Eq() in [1], 5 in [Eq()])
