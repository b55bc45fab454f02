class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f'Vec{self.c}'
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o): return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return self * -1
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __iter__(self): return iter(self.c)
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, w - v, v * 3, 3 * v, v @ w, -v, abs(w), v == Vec(1, 2), v != w)
print(bool(Vec(0, 0)), len(v), v[1], list(w), {v: 'vec'}[Vec(1, 2)], max(w), sum(v))
x = v
x += w
print(x, v, x is v)
print(sorted([Vec(2), Vec(1)], key=lambda q: q[0]))
