class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        return super().__new__(cls, v)
    def __repr__(self): return f'{float(self)}°C'
print(Celsius(21.5), Celsius(0) + 1, type(Celsius(0) + 1).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)
class Frozen(frozenset):
    def __new__(cls, *items): return super().__new__(cls, items)
f = Frozen(1, 2, 2)
print(sorted(f), len(f), type(f).__name__, isinstance(f, frozenset))
class Bytes2(bytes):
    def __new__(cls, s): return super().__new__(cls, s.encode())
print(Bytes2('hi'), len(Bytes2('hey')))
class Cplx(complex):
    pass
print(Cplx(1, 2), Cplx(1, 2).imag, type(Cplx(1, 2) * 2).__name__)
class Tup(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
    def __init__(self, *a): self.n = len(a)
t = Tup(1, 2, 3)
print(t, t.n, t[0], t + (4,))
