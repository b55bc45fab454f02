print(type(1), type('a'), type(None), type(type), type(print).__name__, type(len).__name__)
X = type('X', (), {'a': 1, 'f': lambda self: self.a + 1})
print(X.__name__, X().f(), X.__bases__, X.__module__, X.__qualname__)
Y = type('Y', (X,), {})
print(Y().f(), Y.__mro__[1].__name__, isinstance(Y(), X))
try:
    type('Z', 'notuple', {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('Z', (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(5, (), {})
except TypeError as e:
    print(type(e).__name__, e)
Q = type('Q', (), {'__slots__': ('z',)})
q = Q(); q.z = 1
print(q.z, hasattr(q, '__dict__'))
print(type.__name__, type.__mro__, type.__base__)
print(isinstance(X, type), type(X) is type, X.__class__.__name__)
D = type('D', (dict,), {'extra': 1})
print(D(a=1), D.extra, D.__mro__[1].__name__)
print(type('N', (), {'__doc__': 'docstr'}).__doc__, type('N', (), {}).__doc__)
print(type.__dict__['__name__'].__class__.__name__ if '__name__' in type.__dict__ else '-')
print(type('Q2', (object,), {'__qualname__': 'Custom.Q2'}).__qualname__)
try:
    type('Bad', (), {'__qualname__': 5})
except TypeError as e:
    print(type(e).__name__, e)
print(int.__name__, int.__qualname__, int.__module__, str.__mro__)
