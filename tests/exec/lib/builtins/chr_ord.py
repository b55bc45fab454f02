from _h import t
print(chr(65), chr(0x263a), repr(chr(0)), chr(0x10ffff) == '\U0010ffff', repr(chr(0xd800)))
print(ord('A'), ord('€'), ord('\U0001F600'), ord(b'a'), ord(bytearray(b'z')))
t(chr, -1)
t(chr, 0x110000)
t(chr, 1.5)
t(chr, '1')
t(ord, '')
t(ord, 'ab')
t(ord, b'ab')
t(ord, 5)
class I:
    def __index__(self): return 97
print(chr(I()))
print([ord(c) for c in 'héllo'], ''.join(chr(c) for c in range(97, 102)))
t(chr, 2**63)
t(ord)
