class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x = x; self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x, type(P.x).__name__)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, '__dict__'), q.__dict__)
class R(P):
    __slots__ = ('w',)
r = R(1, 2); r.w = 3
print(r.w, r.x, hasattr(r, '__dict__'))
class S:
    __slots__ = '__dict__', 'a'
s = S(); s.a = 1; s.b = 2
print(s.a, s.b, s.__dict__)
class T:
    __slots__ = 'only'
t = T(); t.only = 'one'
print(t.only, T.__slots__)
try:
    class Bad:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print(type(e).__name__, e)
class WR:
    __slots__ = ('__weakref__',)
print('__weakref__' in dir(WR))
class Priv:
    __slots__ = ('__secret',)
    def set(self): self.__secret = 5; return self._Priv__secret
print(Priv().set(), '_Priv__secret' in Priv.__dict__)
