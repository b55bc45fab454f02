café = 1
naïve = 2
日本 = 3
αβγ = 4
x_ñ = 5
_private = 6
__dunder__ = 7
Ωmega = 8
def ƒ(ü): return ü
