from _h import t
for b in [b'', b'\x00', b'\xff', b'\x01\x02\x03\x04\x05', bytes(range(16))]:
    print(b.hex(), b.hex(':'), b.hex('-', 2), b.hex('_', -2), b.hex(b'|', 3), bytearray(b).hex(), memoryview(b).hex(' '))
for s in ['', '00', 'ff', 'FF', ' 01 02 ', '0102 0304', 'a', '0g', '01\n02', '01\t02', '1 2', '０１']:
    try:
        print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
t(b'ab'.hex, '')
t(b'ab'.hex, 'é')
t(b'ab'.hex, ':', 'x')
t(bytes.fromhex, b'01')
