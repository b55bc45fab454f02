from _h import t
print(str(), str(1), str(1.5), str([1, 'a']), str(None), str(b'ab'), str(b'ab', 'ascii'), str(b'\xc3\xa9', 'utf-8'), str(bytearray(b'x'), 'latin-1'))
print(str(b'\xff', 'utf-8', 'replace'), str(b'\xff', 'utf-8', 'ignore'), str(b'\xff', errors='backslashreplace'), str(object=5), str(encoding='ascii', object=b'q'))
t(str, b'\xff', 'utf-8')
t(str, 'abc', 'utf-8')
t(str, 1, 'utf-8')
t(str, b'x', 'bogus-codec')
t(str, 1, 2, 3, 4)
class S:
    def __str__(self): return 'S'
class R:
    def __repr__(self): return 'R'
print(str(S()), str(R()), str([R()]))
class Bad:
    def __str__(self): return 1
t(str, Bad())
class Sub(str): pass
x = Sub('ab'); print(x, type(x).__name__, type(str(x)).__name__, type(x + 'c').__name__, type(x.upper()).__name__)
class SS:
    def __str__(self): return Sub('sub')
r = str(SS()); print(r, type(r).__name__)
print(str(memoryview(b'a'))[:12], str(str), str(1e16), str(-0.0), str(1j))
