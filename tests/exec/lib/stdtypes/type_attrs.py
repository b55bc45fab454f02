from _h import t
class A:
    "A doc"
    x = 1
    def f(self): pass
class B(A):
    y = 2
print(B.__name__, B.__qualname__, B.__module__, B.__doc__, B.__bases__, B.__base__, B.__mro__, B.mro(), A.__subclasses__())
print(type(B.__dict__).__name__, 'y' in B.__dict__, 'x' in B.__dict__, B.__dict__['y'], sorted(k for k in B.__dict__))
t(lambda: B.__dict__.__setitem__('z', 1))
print(B.__dict__.get('y'), B.__dict__.get('nope', 'd'), len(B.__dict__) > 0, list(B.__dict__.keys())[0], 'y' in B.__dict__.keys())
print(int.__dict__['bit_length'].__class__.__name__, type(int.__dict__).__name__, int.__dict__['real'].__class__.__name__)
print(isinstance(A, type), type(A).__name__, A.__class__.__name__, A.__instancecheck__(A()), A.__subclasscheck__(B), type.__instancecheck__(A, B()))
B.y = 3; print(B.y)
del B.y; print(hasattr(B, 'y'), B.x)
t(delattr, B, 'y')
print(B.__flags__ & 0 == 0, A.__dictoffset__ if False else '', type.__dict__['__dict__'].__class__.__name__)
print(A.__annotations__ if hasattr(A, '__annotations__') else 'no ann', A.__type_params__)
