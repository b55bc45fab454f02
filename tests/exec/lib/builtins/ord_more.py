from _h import t
for s in ['a', '\x00', '\xff', '\u0100', '\uffff', '\U00010000', '\U0010ffff', b'\x00', b'\xff', bytearray(b'\x80')]:
    print(repr(s), ord(s))
t(ord, 'ab')
t(ord, b'')
t(ord, None)
t(ord, 97)
class S(str): pass
print(ord(S('z')))
