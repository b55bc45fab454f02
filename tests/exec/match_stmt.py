def describe(v):
    match v:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "hello" | "hi":
            return "greeting"
        case str(s):
            return f"string {s}"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"list starting {x} rest {rest}"
        case {"type": "point", "x": x, "y": y}:
            return f"point {x} {y}"
        case {"k": _, **others}:
            return f"k with {others}"
        case None:
            return "none"
        case _:
            return "other"
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case P(0, 0):
            return "origin"
        case P(x=0, y=y):
            return f"on y axis at {y}"
        case P(x, 0):
            return f"on x axis at {x}"
        case P():
            return "somewhere"
for v in [0, -5, 3.5, "hi", "yo", [1, 2], [1, 2, 3], {"type": "point", "x": 1, "y": 2}, {"k": 1, "j": 2}, None, (1,), object]:
    print(describe(v) if v is not object else describe(v)[:5])
for p in [P(0, 0), P(0, 5), P(3, 0), P(1, 1)]:
    print(where(p))
match (1, 2):
    case (a, b) as whole:
        print(a, b, whole)
