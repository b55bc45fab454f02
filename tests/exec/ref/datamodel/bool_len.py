class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(L(0)), bool(L(3)), len(L(5)), not L(0))
if L(1): print('truthy')
class B:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B()), len(B()))
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return '3'
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
class Big:
    def __len__(self): return 2**100
try:
    len(Big())
except OverflowError as e:
    print(type(e).__name__, e)
class Empty: pass
print(bool(Empty()))
try:
    len(Empty())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
print(bool(0), bool(0.0), bool(''), bool([]), bool(()), bool({}), bool(None), bool(0j), bool(range(0)))
print(bool(1), bool(' '), bool([0]), bool(-1), bool(float('nan')))
class IntLen:
    def __len__(self): return True
print(len(IntLen()))
x = L(0) or 'default'
y = L(2) and 'second'
print(x, y)
