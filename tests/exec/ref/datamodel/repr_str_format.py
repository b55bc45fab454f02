class A:
    def __repr__(self): return 'A-repr'
a = A()
print(a, str(a), repr(a), f'{a}', [a], (a,), {'k': a}, '%s %r' % (a, a), format(a))
class B:
    def __str__(self): return 'B-str'
b = B()
print(b, [b][0].__str__(), repr(b).startswith('<__main__.B object at'))
print(str([b]).startswith('[<__main__.B'))
class C:
    def __repr__(self): return 42
try:
    repr(C())
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __str__(self): return None
try:
    str(D())
except TypeError as e:
    print(type(e).__name__, e)
class E:
    def __format__(self, spec): return f'E<{spec}>'
print(format(E(), 'abc'), f'{E():x}', '{:y}'.format(E()), '{0!s:>3}'.format(E())[:3])
class S(str):
    def __str__(self): return 'S.__str__'
    def __repr__(self): return 'S.__repr__'
s = S('value')
print(s, str(s), repr(s), f'{s}', '%s' % s, s + '!', s.upper())
class I(int):
    def __repr__(self): return 'I!'
print(I(5), str(I(5)), f'{I(5)}', [I(5)], I(5) + 1)
try:
    format(object(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(format(object(), '') [:8])
class R:
    def __repr__(self): return 'R\u00e9'
print(ascii(R()), repr(R()))
print(repr(type), repr(int), repr(A)[:15], str(A.__repr__)[:22])
