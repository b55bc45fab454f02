from _h import t
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(float('nan')), bool(0j), bool(1j))
print(bool(''), bool(' '), bool([]), bool([0]), bool(()), bool({}), bool(set()), bool(range(0)), bool(range(1)), bool(None))
print(True + True, True * 3, -True, True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__)
print(repr(True), str(False), int(True), float(False), True == 1, hash(True), True is bool(1))
class L:
    def __len__(self): return 0
class B:
    def __bool__(self): return False
class BL:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(L()), bool(B()), bool(BL()))
class BadB:
    def __bool__(self): return 1
t(bool, BadB())
class BadL:
    def __len__(self): return -1
t(bool, BadL())
t(bool, 1, 2)
t(bool, x=1)
try:
    class X(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(True.__class__, (5 > 3).real, True.numerator, False.bit_length())
