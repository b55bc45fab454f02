class Data:
    def __init__(self, name): self.name = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return ('data-get', self.name, obj.__dict__.get('_' + self.name))
    def __set__(self, obj, val):
        print('data-set', self.name, val)
        obj.__dict__['_' + self.name] = val
    def __delete__(self, obj):
        print('data-delete', self.name)
class NonData:
    def __get__(self, obj, typ=None):
        return 'nondata-get' if obj is not None else 'class-access'
class C:
    d = Data('d')
    n = NonData()
c = C()
c.d = 5
print(c.d)
c.__dict__['d'] = 'instance-dict'
print(c.d)
print(c.n, C.n)
c.__dict__['n'] = 'shadowed'
print(c.n)
del c.d
print(type(C.d).__name__, C.__dict__['n'].__class__.__name__)
class SetOnly:
    def __set__(self, obj, v): print('set-only', v)
class D:
    s = SetOnly()
d = D()
d.s = 1
print(type(d.s).__name__)
d.__dict__['s'] = 'dict'
print(d.s)
class GetOnlyRO:
    def __get__(self, obj, t): return 'ro'
    def __set__(self, obj, v): raise AttributeError('read-only!')
class E:
    r = GetOnlyRO()
try:
    E().r = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Typed:
    def __get__(self, obj, objtype):
        return (obj is None, objtype.__name__)
class F:
    t = Typed()
class G(F): pass
print(F.t, F().t, G.t, G().t)
print(C.__dict__['d'].__get__(c, C))
class Meth:
    def m(self): return 'm'
print(Meth.__dict__['m'].__get__(Meth(), Meth)(), type(Meth.__dict__['m'].__get__(None, Meth)).__name__)
