# Arithmetic and subscript fast paths agree with the generic operations:
# small ints near the boxing limit, negative floor division and modulo,
# shifts, floats mixed with ints, division by zero, subclasses.
vals = [0, 1, -1, 7, -7, 3, -3, 2**38, -2**38, 2**39 - 1, -2**39, 2**31 - 1, -2**31, 2**40]
for a in vals:
    row = []
    for b in (1, -1, 3, -3, 7, 2**20, -2**20):
        row.append((a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b))
    print(a, row[0], row[3], row[-1])
for a in (-17, 17, 2**38):
    print([a >> s for s in (0, 1, 5, 63, 64, 100)], [a << s for s in (0, 1, 23, 24, 30)])
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
for a, b in ((5, 0), (5.0, 0.0), (5, 0.0), (5.0, 0)):
    for op in ("//", "%", "/"):
        try:
            print(eval("a %s b" % op))
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
x = 1.5
for i in range(5):
    x = x * 0.5 + 1.0
    y = 3 - x
    z = x / 3
    w = 2 * x - 1
print(x, y, z, w, 1e308 * 10, -1e308 * 10, 1e308 / 0.1)
print(0.1 + 0.2, 1 / 3, 2**39 * 1.0, (2**39 - 1) + 0.5)
print(1 < 2, 1.5 < 2.5, 2.5 <= 2.5, 3.0 == 3.0, float("nan") == float("nan"), float("nan") != float("nan"))
print(1 < 2.5, 2 == 2.0, 2**40 > 2**39)


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"


class MyFloat(float):
    def __mul__(self, other):
        return "MyFloat.__mul__"


print(MyInt(1) + 2, 2 + MyInt(1), MyFloat(1.0) * 2, 2 * MyFloat(1.0))


class MyList(list):
    def __getitem__(self, i):
        return ("MyList", i)

    def __setitem__(self, i, v):
        print("MyList set", i, v)


ml = MyList([1, 2, 3])
print(ml[0], ml[-1])
ml[0] = 5
print(list(ml))


class MyDict(dict):
    def __getitem__(self, k):
        return ("MyDict", k)


md = MyDict(a=1)
print(md["a"])

lst = [10, 20, 30]
tup = (1, 2, 3)
d = {"k": "v", 1: "one"}
print(lst[0], lst[-1], lst[-3], tup[0], tup[-1], d["k"], d[1])
for bad in (3, -4, 2**20):
    try:
        lst[bad]
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        tup[bad]
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        lst[bad] = 0
    except IndexError as e:
        print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
lst[-1] = 99
lst[0] = "a"
print(lst)

s = ""
for i in range(300):
    s += str(i % 10)
    if i == 100:
        keep = s
t = keep + "X"
u = keep + "Y"
print(len(s), s[:20], s[-20:], keep[-5:], t[-3:], u[-3:], len(keep))
print(f"{12345}", "%d|%5d|%-5d|%05d|%+d|%i" % (-42, 42, 42, 42, 42, -7), "%d" % True, "%d" % 2**70)
