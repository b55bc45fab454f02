from _h import t
print(repr(1), repr('a'), repr("a'b"), repr('a"b'), repr('a\'"b'), repr('\n'), repr(1.0), repr(None), repr([1, 'x']), repr((1,)), repr({1: 'a'}), repr({1}), repr(set()), repr(b'x'))
class A: pass
print(repr(A()).startswith('<'), repr(A).startswith("<class '"))
class R:
    def __repr__(self): return 'R!'
print(repr(R()), repr([R()]), repr({'k': R()}))
class Bad:
    def __repr__(self): return 5
t(repr, Bad())
t(repr)
l = [1]; l.append(l); print(repr(l))
d = {}; d['self'] = d; print(repr(d))
print(repr(ValueError('x')), repr(range(3)), repr(slice(1, 2)), repr(Ellipsis), repr(NotImplemented), repr(int), repr(len))
print(repr('\x00\x1f\x7f\x80\xa0\xad'), repr('\u2028'), repr('\U000e0001'), repr('é'))
