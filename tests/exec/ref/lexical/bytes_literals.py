print(b'abc', B'abc', b"q'uote", b'd"q', b'\x00\xff', b'\n\t\\')
print(type(b''), len(b'\x00\x01'), b'a'[0], list(b'hi'))
print(repr(b"\'"), repr(b'\'"'), repr(b'\x7f\x80'), b'\101')
print(b'ab' b'cd', b'''tri
ple''')
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(range(3)))
print(b'abc' == b'abc', b'a' < b'b', b'abc'[1:], b'abc'[::-1])
print(bytearray(b'xy'), bytes.fromhex('41 42'), b'AB'.hex(), b'AB'.hex(':'))
try:
    bytes('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
print(b'%d-%s' % (5, b'x'), b'%x' % 255, b'%5.2f|' % 1.5)
print(b'a,b'.split(b','), b'-'.join([b'a', b'b']), b'x' * 3)
print(b'a' in b'cat', 97 in b'cat', b'' in b'')
