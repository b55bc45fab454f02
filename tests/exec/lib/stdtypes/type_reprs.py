class A:
    class Inner:
        pass
    def m(self): pass
print(repr(A), repr(A.Inner), A.__name__, A.__qualname__, A.Inner.__qualname__, A.__module__, A.m.__qualname__)
print(repr(int), repr(type), repr(object), repr(type(None)), repr(type(...)), repr(type(NotImplemented)), repr(len), repr(print))
print(repr(A.m)[:17], repr(A().m).startswith('<bound method A.m of <'), repr([].append).startswith('<built-in method append of list object at'), repr(str.upper), repr(dict.fromkeys)[:40], repr(int.__add__), repr((1).__add__)[:40])
print(repr(object.__init__), repr(object.__new__)[:40], repr(type.__call__), repr(list.__len__), repr(dict.__getitem__), repr(str.__dict__['upper']))
print(type(int.__add__).__name__, type((1).__add__).__name__, type(str.upper).__name__, type('a'.upper).__name__, type(dict.fromkeys).__name__, type(A.__dict__).__name__)
def f(): pass
print(repr(f).startswith('<function f at'), repr(lambda: 0).startswith('<function <lambda> at'), type(f).__name__, type(A.m).__name__, type(A().m).__name__)
print(type(type(f).__code__ if False else f.__code__).__name__, type(iter([])).__name__, type(x for x in []).__name__, type(len).__name__)
print(int.__qualname__, int.__module__, type.__module__, A.__doc__, int.__bases__, bool.__bases__, type.__bases__, type.__mro__)
print(A.__dict__['m'].__name__, '__dict__' in A.__dict__, '__weakref__' in A.__dict__, sorted(k for k in A.__dict__ if not k.startswith('__')))
