# weakref.proxy: forwarding of attributes and operators, callable proxies,
# errors once the referent is gone (observed after gc.collect()).
import gc
import weakref


def clean(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            j = i + 2
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            out.append("0xADDR")
            i = j
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return ("add", self.v, o)

    def __radd__(self, o):
        return ("radd", self.v, o)

    def __sub__(self, o):
        return ("sub", self.v, o)

    def __rsub__(self, o):
        return ("rsub", self.v, o)

    def __iadd__(self, o):
        self.v += o
        return self

    def __mul__(self, o):
        return "mul"

    def __truediv__(self, o):
        return "truediv"

    def __floordiv__(self, o):
        return "floordiv"

    def __mod__(self, o):
        return "mod"

    def __matmul__(self, o):
        return "matmul"

    def __pow__(self, o, m=None):
        return ("pow", o, m)

    def __lshift__(self, o):
        return "lshift"

    def __and__(self, o):
        return "and"

    def __or__(self, o):
        return "or"

    def __xor__(self, o):
        return "xor"

    def __divmod__(self, o):
        return "divmod"

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 2

    def __setitem__(self, i, v):
        print("setitem", i, v)

    def __delitem__(self, i):
        print("delitem", i)

    def __contains__(self, x):
        return x == 1

    def __iter__(self):
        return iter([1, 2])

    def __neg__(self):
        return "neg"

    def __pos__(self):
        return "pos"

    def __abs__(self):
        return "abs"

    def __invert__(self):
        return "invert"

    def __bool__(self):
        return False

    def __index__(self):
        return 7

    def __int__(self):
        return 8

    def __float__(self):
        return 1.5

    def __lt__(self, o):
        return "lt"

    def __eq__(self, o):
        return isinstance(o, V) and o.v == self.v

    __hash__ = object.__hash__

    def __str__(self):
        return "strV"

    def __reversed__(self):
        return iter([9, 8])


class F:
    def __call__(self, *a, **k):
        return ("called", a, k)

    def method(self, x):
        return x + 1


v = V(1)
p = weakref.proxy(v)
print(type(p).__name__, type(p) is weakref.ProxyType, weakref.ProxyTypes)
print("repr:", clean(repr(p)))
print("str:", str(p), "attr:", p.v)
print("binary:", p + 1, 1 + p, p - 2, 2 - p, p * 2, p / 2, p // 2, p % 2, p @ 3)
print("more binary:", p ** 2, pow(p, 2, 5), p << 1, p & 1, p | 1, p ^ 1, divmod(p, 2))
print("proxy both sides:", p + p == ("add", 1, v))
print("unary:", -p, +p, abs(p), ~p)
print("conversions:", int(p), float(p), [0, 1, 2, 3, 4, 5, 6, 7, 8][p], hex(p), bool(p), not p)
print("container:", len(p), p[5], 1 in p, 2 in p, list(p), list(reversed(p)))
p[1] = "x"
del p[2]
print("compare:", p < 1, p == v, p != v, v == p, p == V(1), p == V(2))
p.newattr = 5
print("setattr:", v.newattr)
del p.newattr
print("delattr:", hasattr(v, "newattr"))
print("class:", p.__class__.__name__, isinstance(p, V), type(p) is V)
q = p
q += 5
print("inplace:", q is v, v.v)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(p)
except TypeError as e:
    print(type(e).__name__, e)


class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i


it = It()
pit = weakref.proxy(it)
print("iterator:", next(pit), iter(pit) is it, list(pit))

fo = F()
pf = weakref.proxy(fo)
print("callable:", type(pf).__name__, type(pf) is weakref.CallableProxyType)
print("call:", pf(1, k=2), pf.method(3))


def func(a, b=2):
    return a * b


pfunc = weakref.proxy(func)
print("function proxy:", pfunc(3), pfunc(3, b=4), pfunc.__name__)
try:
    p()
except TypeError:
    print("plain proxy is not callable")
print("count:", weakref.getweakrefcount(v), weakref.getweakrefs(v)[0] is p)
pc = weakref.proxy(v, print)
print("callback proxy is not shared:", pc is not p, pc.__class__.__name__)
try:
    weakref.proxy(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.proxy()
except TypeError:
    print("proxy() needs an argument")
try:
    weakref.ProxyType(v)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub(weakref.ProxyType):
        pass
except TypeError:
    print("ProxyType is not subclassable")
try:
    weakref.ref(p)
except TypeError:
    print("no weak reference to a proxy")

# A fresh object for the death checks: only the proxy sees it.
d = V(2)
p = weakref.proxy(d, lambda pr: print("callback got a proxy:", type(pr).__name__))
del d
gc.collect()
print("dead repr:", clean(repr(p)))
for name, op in [
    ("attr", lambda: p.v),
    ("str", lambda: str(p)),
    ("add", lambda: p + 1),
    ("radd", lambda: 1 + p),
    ("len", lambda: len(p)),
    ("getitem", lambda: p[0]),
    ("contains", lambda: 1 in p),
    ("bool", lambda: bool(p)),
    ("eq", lambda: p == 1),
    ("iter", lambda: iter(p)),
    ("neg", lambda: -p),
    ("int", lambda: int(p)),
]:
    try:
        print(name, op())
    except ReferenceError as e:
        print(name, type(e).__name__, e)
try:
    p.x = 1
except ReferenceError as e:
    print("setattr", type(e).__name__, e)
try:
    hash(p)
except TypeError as e:
    print("hash", type(e).__name__, e)
