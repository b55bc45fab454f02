print(list(b'\a\b\f\n\r\t\v\0\\'))
print(list(b'\x00\x7f\xff\101\7\777'[:6]))
print(repr(b'\x80abc\xfe'))
print(repr(bytes(range(0, 256, 37))))
print(repr(bytearray(b'\t\x01')))
print(b'abc'.decode(), b'\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xff'.decode('utf-8', 'replace'), b'\xff'.decode('utf-8', 'ignore') == '')
print(repr(b'\xff'.decode('utf-8', 'backslashreplace')))
print('é'.encode(), 'é'.encode('latin-1'), 'x€'.encode('ascii', 'replace'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
