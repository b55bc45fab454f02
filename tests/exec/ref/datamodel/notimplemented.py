class A:
    def __eq__(self, o):
        print('A.eq'); return NotImplemented
    def __lt__(self, o):
        print('A.lt'); return NotImplemented
class B:
    def __eq__(self, o):
        print('B.eq'); return NotImplemented
    def __gt__(self, o):
        print('B.gt'); return NotImplemented
a, b = A(), B()
print(a == b)
print(a != b)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(a == a)
class C:
    def __eq__(self, o): return 'C.eq'
    def __gt__(self, o): return 'C.gt'
print(a == C(), a < C())
print(bool(NotImplemented) if False else 'skip', repr(NotImplemented), type(NotImplemented).__name__)
class N:
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
try:
    N() * 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    3 * N()
except TypeError as e:
    print(type(e).__name__, e)
print((1).__add__('x'), (1.0).__eq__('x'), 'a'.__lt__(1), [].__eq__(()))
class Sub(int):
    def __eq__(self, o):
        return NotImplemented
print(Sub(3) == 3, Sub(3) != 3)
