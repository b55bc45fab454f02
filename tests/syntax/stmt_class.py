class A: pass
class B(): pass
class C(A): pass
class D(A, B, metaclass=M, **kw): pass
class E(*bases): pass
class F:
    '''doc'''
    x = 1
    def m(self): pass
