e = UnicodeDecodeError('utf-8', b'ab\xffcd', 2, 3, 'invalid start byte')
print(str(e), repr(e), e.encoding, e.object, e.start, e.end, e.reason, e.args)
e2 = UnicodeDecodeError('utf-8', b'ab\xff\xfecd', 2, 4, 'invalid data')
print(str(e2))
e3 = UnicodeEncodeError('ascii', 'aé', 1, 2, 'ordinal not in range(128)')
print(str(e3), e3.object, e3.start, e3.end)
e4 = UnicodeEncodeError('ascii', 'a\U0001F600b', 1, 2, 'x')
print(str(e4))
e5 = UnicodeEncodeError('ascii', 'abcd', 1, 3, 'bad')
print(str(e5))
e6 = UnicodeTranslateError('a\u1234b', 1, 2, 'untranslatable')
print(str(e6), e6.encoding, e6.object)
try:
    UnicodeDecodeError('utf-8', 'str', 0, 1, 'x')
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    UnicodeDecodeError('utf-8')
except TypeError as ex:
    print(type(ex).__name__, ex)
e = UnicodeDecodeError('utf-8', b'\x80', 0, 1, 'r'); e.start = 5; print(str(e))
print(str(UnicodeError('plain')), UnicodeError().args)
e = UnicodeDecodeError('utf-8', bytearray(b'\x80'), 0, 1, 'r'); print(type(e.object).__name__)
