from _h import t
tbl = bytes.maketrans(b'abc', b'ABC')
print(len(tbl), tbl[97:100], b'aabbcc'.translate(tbl), b'abc'.translate(tbl, b'b'), b'abc'.translate(None, b'ac'), bytearray(b'cab').translate(tbl))
t(bytes.maketrans, b'a', b'')
t(bytes.maketrans, 'a', 'b')
t(b'abc'.translate, b'x' * 255)
t(b'abc'.translate, 'x' * 256)
print(bytearray.maketrans(b'x', b'y')[120], type(bytearray.maketrans(b'', b'')).__name__, b'hello'.translate(None, delete=b'l'))
print(b'\x00\xff'.translate(bytes(range(255, -1, -1))), b''.translate(tbl))
