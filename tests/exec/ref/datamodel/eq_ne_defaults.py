class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if not isinstance(o, A): return NotImplemented
        return self.v == o.v
print(A(1) == A(1), A(1) != A(1), A(1) != A(2), A(1) == 1, A(1) != 1)
print(A.__hash__ is None, A.__ne__ is object.__ne__)
class B(A):
    __hash__ = A.__hash__
print(B.__hash__)
class C:
    def __ne__(self, o): return 'custom ne'
print(C() != C(), C() == C())
class D:
    def __eq__(self, o): return 'truthy string'
print(D() == 1, D() != 1, not (D() == 1))
class E:
    def __eq__(self, o): raise ValueError('eq failed')
try:
    E() in [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
e = E()
print(e in [e])
