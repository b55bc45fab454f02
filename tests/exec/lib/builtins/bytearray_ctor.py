from _h import t
print(bytearray(), bytearray(3), bytearray(b'ab'), bytearray([1, 2, 255]), bytearray('hé', 'utf-8'), bytearray(range(3)))
print(bytearray(memoryview(b'xyz')), bytearray(bytearray(b'q')), bytearray('abc', encoding='ascii'))
t(bytearray, -1)
t(bytearray, [256])
t(bytearray, [-1])
t(bytearray, 'abc')
t(bytearray, 1.5)
t(bytearray, ['a'])
t(bytearray, b'a', 'utf-8')
t(bytearray, 'é', 'ascii')
print(bytearray('é', 'ascii', 'replace'), bytearray('é', 'ascii', 'ignore'))
t(bytearray, 'x', 'no-such-codec')
class I:
    def __index__(self): return 2
print(bytearray(I()), bytearray([I(), I()]))
print(repr(bytearray(b'\x00\n\'"\\')), str(bytearray(b'a')))
print(bytearray(b'ab') == b'ab', b'ab' == bytearray(b'ab'), bytearray(b'a') < b'b')
t(hash, bytearray())
