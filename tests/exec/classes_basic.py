class Point:
    """A point."""
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, p == Point(1, 2), p != q, p.norm2(), Point.count)
print(Point.__doc__, Point.__name__, Point.__qualname__, type(p).__name__)
try:
    hash(p)
except TypeError as e:
    print(e)
print(str(p), [p], {"k": p})
class Empty:
    pass
e = Empty()
e.attr = 5
print(e.attr, hasattr(e, "attr"), hasattr(e, "nope"), getattr(e, "nope", "dflt"))
setattr(e, "z", 1); delattr(e, "attr"); print(vars(e))
print(isinstance(e, Empty), isinstance(e, object), issubclass(Empty, object), type(e) is Empty)
try:
    Empty(1)
except TypeError as err:
    print(err)
