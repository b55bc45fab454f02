class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
n = N()
print(int(n), float(n), complex(n), round(n), round(n, 2))
class OnlyIndex:
    def __index__(self): return 3
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class OnlyFloat:
    def __float__(self): return 1.5
print(float(OnlyFloat()), complex(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self): return 'x'
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.567, 2), round(25, -1), round(35, -1), round(-2.5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(int(3.99), int(-3.99), int('  -7 '), float(' -1.5e3 '), int(True), float(False))
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
class IntSub(int): pass
class RetSub:
    def __int__(self): return IntSub(4)
r = int(RetSub())
print(r, type(r).__name__)
