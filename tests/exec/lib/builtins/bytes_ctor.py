from _h import t
print(bytes(), bytes(3), bytes(b'ab'), bytes([1, 2, 255]), bytes('hé', 'utf-8'), bytes(range(3)), bytes(bytearray(b'q')))
print(bytes('abc', encoding='ascii'), bytes(memoryview(b'xyz')), bytes(iter([65, 66])))
t(bytes, -1)
t(bytes, [256])
t(bytes, 'abc')
t(bytes, 1.5)
t(bytes, b'a', 'utf-8')
t(bytes, 'é', 'ascii')
print(bytes('é', 'ascii', 'replace'), bytes('é', 'ascii', 'backslashreplace'), bytes('é', 'ascii', 'xmlcharrefreplace'))
class BB:
    def __bytes__(self): return b'custom'
print(bytes(BB()))
class BadB:
    def __bytes__(self): return 'str'
t(bytes, BadB())
print(repr(bytes(range(0, 256, 17))))
print(bytes.fromhex('de ad BE EF'), b'\x00\xff'.hex(), b'abc'.hex('-'), b'abcdef'.hex(':', 2))
t(bytes.fromhex, 'zz')
t(bytes.fromhex, 'abc')
print(b'ab' + b'cd', b'ab' * 3, 3 * b'x', b'a' in b'cab', 98 in b'ab', b'' in b'')
t(lambda: 'a' in b'abc')
t(lambda: 300 in b'abc')
print(b'abc'[1], b'abc'[1:], b'abc'[::-1], b'abc'[-1])
