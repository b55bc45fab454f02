seps = ['\n', '\r', '\r\n', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029', '\n\r', '\t', '\x00', '\u0085\n']
for sep in seps:
    s = 'a' + sep + 'b' + sep
    print(repr(sep), s.splitlines(), s.splitlines(True), s.split(), len(s.split(sep)))
print(''.splitlines(True), '\n\n'.splitlines(), '\r\r\n'.splitlines(True), 'no newline'.splitlines(True))
print(b'a\x0bb\x0cc\x1cd\re\nf\r\ng'.splitlines(), b'x\x85y'.splitlines())
try:
    'a'.splitlines(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print('a\nb'.splitlines(keepends=1))
