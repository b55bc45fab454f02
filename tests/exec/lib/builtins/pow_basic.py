from _h import t
def tn(f):
    # float overflow's message carries the platform's errno text: print the type only.
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 0.5), pow(0, 0), pow(0.0, 0), pow(-8, 1/3).real > 0, pow(2, 100))
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 2, 5), pow(3, 2, -5), pow(2, 10**6, 10**9 + 7), pow(38, -1, 97), pow(5, -2, 13), pow(0, 0, 1), pow(5, 0, 1))
t(pow, 2, -1, 4)
t(pow, 2, 1, 0)
t(pow, 2.0, 1, 3)
t(pow, 2, 1.0, 3)
t(pow, 0, -1)
t(pow, 0.0, -1)
t(pow, -8.0, 0.5) if False else print(pow(-8.0, 0.5))
tn(lambda: pow(10.0, 400))
t(pow)
print(pow(base=2, exp=5), pow(2, exp=3, mod=5))
print(pow(1j, 2), pow(2, 1j).real != 0, pow(-1, 0.5))
t(pow, 0j, -1)
class P:
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
print(pow(P(), 2), pow(P(), 2, 3), pow(2, P()), 2 ** P())
print(pow(-1, 10**20), pow(2, -2), pow(-2.0, 2), pow(1.0, float('nan')), pow(float('nan'), 0))
