class C: pass
a, b = C(), C()
print(a == a, a == b, a != b, a.__eq__(b), a.__ne__(a), a.__lt__(b))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(repr(a).startswith('<__main__.C object at 0x'), str(a) == repr(a), format(a, '') == str(a))
print(hash(a) == hash(a), a.__hash__() == hash(a))
print(object.__init__(a) is None, a.__init_subclass__() is None)
print(sorted(d for d in dir(a) if not d.startswith('__'))[:3], '__class__' in dir(a), '__dict__' in dir(a))
print(a.__reduce_ex__.__name__ if hasattr(a, '__reduce_ex__') else '-', a.__sizeof__() > 0)
print(object.__doc__[:10], object.__bases__, object.__base__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(o, '__dict__'), hasattr(a, '__dict__'))
class D:
    def __dir__(self): return ['z', 'a', 'm']
print(dir(D()))
class E:
    x = 1
    def f(self): pass
e = E(); e.y = 2
print([n for n in dir(e) if not n.startswith('_')])
print(object.__getattribute__(e, 'y'), object.__getattribute__(e, 'x'))
object.__setattr__(e, 'z', 3)
print(e.z)
object.__delattr__(e, 'z')
print(hasattr(e, 'z'))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2))
print(object.__repr__(5).startswith('<int object at'), object.__str__(5))
print(type(object.__subclasses__).__name__, E in object.__subclasses__())
