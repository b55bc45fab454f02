class C:
    def __str__(self):
        return 'str-C'
    def __repr__(self):
        return 'repr-C'
    def __format__(self, spec):
        return 'format-C[' + spec + ']'
c = C()
print(f'{c}', f'{c!s}', f'{c!r}', f'{c!a}', f'{c:xyz}', f'{c!s:>8}', f'{c!r:<8}|')
s = 'café\n'
print(f'{s!r}', f'{s!a}', f'{s!s}')
print(f'{42!r}', f'{"x"!r:>5}', f'{3.5!s:*<6}')
print(f'{None!r}', f'{[1, "a"]!s}', f'{ {"k": "é"}!a}')
print(format(c, 'spec'), str(c), repr(c))
class D:
    pass
print(f'{D()!s}'.startswith('<__main__.D object'), f'{D.__name__!r}')
try:
    f'{D():abc}'
except TypeError as e:
    print(type(e).__name__, e)
class E:
    def __format__(self, spec):
        return 42
try:
    f'{E()}'
except TypeError as e:
    print(type(e).__name__, e)
