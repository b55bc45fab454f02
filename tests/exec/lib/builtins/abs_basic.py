from _h import t
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(3+4j), abs(-10**30))
print(abs(True), abs(False), type(abs(True)).__name__)
print(abs(float('-inf')), abs(float('nan')))
class A:
    def __abs__(self): return "absA"
print(abs(A()))
t(abs, "x")
t(abs, None)
t(abs)
t(abs, 1, 2)
print(abs(-(2**63)), abs(-(2**64) + 1))
