class A(B, *C, x=1, **D): pass
class B(metaclass=M): pass
class C(**kw): pass
