class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + o + 1000)
    def __repr__(self): return f'MyInt({int(self)})'
m = MyInt(5)
print(m, m + 1, 1 + m, m * 2, type(m * 2).__name__, type(-m).__name__, m == 5, hash(m) == hash(5))
m.attr = 'has dict'
print(m.attr, m.__dict__, isinstance(m, int), int(m), type(int(m)).__name__)
class Pos(int):
    def __new__(cls, v):
        if v < 0: raise ValueError('negative')
        return super().__new__(cls, v)
print(Pos(3), type(Pos(3)).__name__)
try:
    Pos(-1)
except ValueError as e:
    print(type(e).__name__, e)
class B(int): pass
print(B('ff', 16), B(), B(True), type(B(1) + B(2)).__name__, [1, 2, 3][B(1)], range(B(3)))
print(str(B(7)), f'{B(7):03d}', B(7).bit_length(), B(7).real, type(B(7).real).__name__)
class Flag(int):
    def __bool__(self): return False
print(bool(Flag(1)), 'yes' if Flag(5) else 'no')
class Cmp(int):
    def __lt__(self, o): return 'custom lt'
print(Cmp(1) < 2, 2 > Cmp(1), sorted([B(3), B(1)]))
class WithInit(int):
    def __init__(self, v, extra=None):
        self.extra = extra
try:
    WithInit(1, 'x')
except TypeError as e:
    print(type(e).__name__, e)
class F(float):
    pass
f = F(1.5); f.tag = 'float sub'
print(f, f.tag, f + 1, type(f + 1).__name__, f.is_integer())
print(isinstance(True, int), type(True + True).__name__)
class BigSub(int): pass
print(BigSub(2**100), BigSub(2**100) // 3, divmod(BigSub(7), 2))
