from _h import t
print(str(b'abc', 'ascii', 'strict'), str(b'\xe9', 'latin-1'), str(bytearray(b'hi'), encoding='utf-8'), str(memoryview(b'mv'), 'ascii'), str(b'\x00', 'utf-8') == '\x00')
print(str(1.0), str(1e100), str(-1.5e-10), str(2**100), str(True), str(...), str(NotImplemented), str(str), str(len)[:20], str(()), str(set()), str({}), str(frozenset()))
t(str, b'x', errors=5)
t(str, b'x', encoding=None)
t(str, b'x', 'utf-8', 'strict', 'extra')
t(str, object=b'x', encoding='ascii', errors='strict')
class S(str):
    def __str__(self): return 'overridden'
print(str(S('orig')), '%s' % S('orig'), f'{S("orig")}', format(S('orig')), repr(S('orig')))
class WithRepr:
    def __repr__(self): return 'REPR'
print(str(WithRepr()), str([WithRepr()]), '%s' % WithRepr())
print(str.__new__(str, 'x'), str.__new__(S, 'y'), type(str.__new__(S, 'y')).__name__)
t(str.__new__, int, 'x')
