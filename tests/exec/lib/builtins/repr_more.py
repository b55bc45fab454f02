from _h import t
print(repr("'"), repr('"'), repr('\''), repr('\\n'), repr('\x1b[0m'), repr('\r\t\v\f\b\a'), repr('\u0085'), repr('\u00ad'), repr('\u061c'), repr('\ufeff'), repr('\U0001F600'), repr('\U000E0100'))
print(repr(1e22), repr(1e-7), repr(-1.0), repr(0.1), repr(100.0), repr(1.5e300), repr(float('-inf')), repr(2**64), repr(-0), repr(True), repr(0.5j))
print(repr([]), repr([[]]), repr(()), repr(((),)), repr({}), repr({(): ()}), repr(set([(1,)])), repr(frozenset([1])), repr(b''), repr(bytearray()), repr(range(0)))
class A:
    def __repr__(self): return 'A()'
class B(A): pass
print(repr(B()), repr([A(), B()]), str(A()), f'{A()!r}', '%r' % A())
class R:
    def __repr__(self): raise ValueError('repr fail')
t(repr, R())
t(repr, [R()])
t(str, (R(),))
class StrSub(str):
    def __repr__(self): return 'custom'
print(repr(StrSub('x')), repr([StrSub('y')]), str(StrSub('z')))
d = {'a': 1}; d['b'] = [d]; print(repr(d))
t = (1,); l = [t]; print(repr(l))
