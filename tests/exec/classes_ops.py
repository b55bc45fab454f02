class V:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return "V(" + ", ".join(map(repr, self.xs)) + ")"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.xs, o.xs)])
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(*[a * k for a in self.xs])
    __rmul__ = __mul__
    def __neg__(self):
        return V(*[-a for a in self.xs])
    def __lt__(self, o):
        return sum(self.xs) < sum(o.xs)
    def __eq__(self, o):
        return self.xs == o.xs
    def __hash__(self):
        return hash(tuple(self.xs))
    def __iadd__(self, o):
        self.xs = [a + b for a, b in zip(self.xs, o.xs)]
        return self
    def __abs__(self):
        return sum(x * x for x in self.xs) ** 0.5
a, b = V(1, 2), V(3, 4)
print(a + b, a * 2, 3 * a, -a, a < b, a > b, a == V(1, 2), abs(b))
print(sum([a, b]), sorted([b, a]), len({a, V(1, 2)}))
c = a
c += b
print(a, c is a)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a < 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
