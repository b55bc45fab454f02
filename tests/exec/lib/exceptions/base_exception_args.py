e = BaseException(1, 'two', [3])
print(e.args, str(e), repr(e), len(e.args))
e = Exception(); print(repr(e), str(e), e.args)
e = Exception(None); print(repr(e), repr(str(e)), e.args)
e = Exception('only'); print(repr(e), str(e))
e = Exception(('tuple',)); print(repr(e), str(e))
e.args = (); print(repr(e), repr(str(e)))
e.args = ('x', 'y'); print(str(e))
try:
    e.args = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
x = E(1, 2); print(x.args, x.b, str(x), repr(x))
class F(Exception):
    def __init__(self, a): pass
y = F('arg'); print(y.args, str(y), repr(y))
class G(Exception):
    def __str__(self): return 'custom str'
print(str(G(1)), repr(G(1)))
class H(Exception):
    def __repr__(self): return 'custom repr'
print(str(H(1)), repr(H(1)))
try:
    Exception(a=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(Exception.__new__(Exception, 1).args, BaseException.__init__ is not None)
z = Exception(1); Exception.__init__(z, 2, 3); print(z.args)
