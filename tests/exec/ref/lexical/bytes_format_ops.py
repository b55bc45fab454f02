print(b'%s and %s' % (b'x', b'y'), b'%d%%' % 50, b'%05.1f' % 2.25, b'%-4s|' % b'ab', b'%c' % 65, b'%c' % b'z')
print(b'%r' % 'q', b'%a' % 'é', b'%x %X %o' % (255, 255, 8))
try:
    b'%s' % 'str'
except TypeError as e:
    print(type(e).__name__, e)
print(b'abc'.upper(), b'a-b'.split(b'-'), b'  x '.strip(), b'abc'.replace(b'b', b'B'), b'x'.join([b'1', b'2']))
print(b'abc'[0], b'abc'[0:1], b'abc'.find(b'c'), b'abc'.startswith(b'ab'), b'aaa'.count(b'a'))
print(bytes([104, 105]).decode(), list(b'\x00\xff'), b'\xff'[0])
print(b'ab' < b'b', b'a' == b'a', b'' < b'\x00', sorted([b'b', b'a']))
print(b'hello world'.title(), b'Hello'.swapcase(), b'123'.isdigit(), b'abc'.isalpha())
