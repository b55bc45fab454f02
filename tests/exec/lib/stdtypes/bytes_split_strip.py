from _h import t
b = b' a  b\tc\nd '
print(b.split(), b.rsplit(), b.split(None, 1), b.rsplit(None, 1), b.split(b' '), b.rsplit(b' ', 2), b'a,b,,c'.split(b','), b''.split(), b''.split(b'x'))
print(b.strip(), b.lstrip(), b.rstrip(), b'xxyxx'.strip(b'x'), b'abcba'.strip(b'ab'), b'\x00a\x00'.strip(b'\x00'), b' \x0b\x0c\x1c a'.strip())
t(b.split, '')
t(b.split, b'')
t(b.strip, 'x')
print(b'a\xa0b'.split(), b'a\x85b'.split(), bytearray(b' x y ').split(), bytearray(b'xax').strip(b'x'), b'a b'.split(maxsplit=0))
print(b.split(sep=None, maxsplit=1), b'1.2.3'.rsplit(b'.', maxsplit=1), b'ab'.split(bytearray(b'a')), b'a-b'.split(memoryview(b'-')))
