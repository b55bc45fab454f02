from _h import t
for cp in [0, 9, 10, 31, 32, 127, 128, 160, 173, 255, 256, 0x2028, 0xfeff, 0xfffd, 0xffff, 0x10000, 0x1f600, 0xe0001, 0x10ffff]:
    c = chr(cp)
    print(cp, repr(c), ord(c) == cp, len(c), c.isprintable())
t(ord, '\ud800\udc00')
print(ord('\ud800'), chr(True), ord(chr(0x10ffff)))
t(chr, -2**70)
t(chr, None)
t(ord, bytearray(b''))
t(ord, [])
