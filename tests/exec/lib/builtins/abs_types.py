from _h import t
print(abs(complex(-3, -4)), abs(complex(0, -1)), abs(1e308+1e308j))
class I(int): pass
r = abs(I(-3)); print(r, type(r).__name__)
class F(float): pass
r = abs(F(-3.5)); print(r, type(r).__name__)
class B:
    def __abs__(self): raise ValueError("nope")
t(abs, B())
t(abs, [])
t(abs, {})
t(abs, object())
print(abs(-1e-320), abs(-0))
