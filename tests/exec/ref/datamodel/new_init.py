class A:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print('init', args)
a = A(1, 2)
class B:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(B())
class C:
    def __init__(self): return 5
try:
    C()
except TypeError as e:
    print(type(e).__name__, e)
class D:
    pass
try:
    D(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class E:
    def __init__(self, x): self.x = x
try:
    E()
except TypeError as e:
    print(type(e).__name__, e)
try:
    E(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Other: pass
class F:
    def __new__(cls): return Other()
    def __init__(self): print('F init not called')
print(type(F()).__name__)
class G:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.from_new = x
        return o
print(G(3).from_new)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
class H:
    def __new__(cls, *a, **k): return super().__new__(cls)
h = H(1, k=2)
print(type(h).__name__)
class I:
    def __init__(self, *a): pass
try:
    I.__new__(I, 1)
    print('new with extra ok')
except TypeError as e:
    print(type(e).__name__, e)
