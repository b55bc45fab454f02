class S(str):
    def shout(self): return self.upper() + '!'
s = S('hello')
print(s, s.shout(), len(s), s[1:3], type(s[1:3]).__name__, type(s + 'x').__name__, type(s.upper()).__name__)
s.meta = 'm'
print(s.meta, s.__dict__, s == 'hello', hash(s) == hash('hello'), {s: 1}['hello'])
class Up(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
print(Up('abc'), repr(Up('x')), type(Up('q')).__name__)
class Rep(str):
    def __repr__(self): return 'Rep!'
    def __len__(self): return 99
    def __getitem__(self, i): return 'item'
    def __contains__(self, x): return True
    def __iter__(self): return iter('zz')
r = Rep('abc')
print(repr(r), len(r), r[0], 'q' in r, list(r), str(r), r + 'd', '%s' % r, f'{r}', ''.join(r))
print(r.upper(), r.split('b'), r.startswith('a'))
class Eq(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print(Eq('a') == 'b', 'b' == Eq('a'), Eq('a') in ['zzz'], 'abc'.count('a'))
d = {Eq('k'): 1}
print(d)
print(str.__new__(S, 'direct'), type(str.__new__(S, 'direct')).__name__)
print(isinstance(s, str), issubclass(S, str), S.__mro__[1].__name__)
class Fmt(str):
    def __format__(self, spec): return 'fmt:' + spec
print(f'{Fmt("x"):>5}', format(Fmt('y'), 'q'))
