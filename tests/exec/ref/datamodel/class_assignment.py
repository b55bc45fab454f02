class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__class__ = 'str'
except TypeError as e:
    print(type(e).__name__, e)
class S1:
    __slots__ = ('x',)
class S2:
    __slots__ = ('y',)
try:
    s = S1(); s.__class__ = S2
except TypeError as e:
    print(type(e).__name__, e)
class S3:
    __slots__ = ('x',)
s = S1(); s.x = 1; s.__class__ = S3
print(type(s).__name__, s.x)
class M(type): pass
class K(metaclass=M): pass
class L(metaclass=M): pass
K.__class__ = M
print(type(K).__name__)
print(a.__class__.__name__)
