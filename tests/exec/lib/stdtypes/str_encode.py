from _h import t
print('héllo'.encode(), 'héllo'.encode('latin-1'), 'abc'.encode('ascii'), 'héllo'.encode('ascii', 'replace'), 'héllo'.encode('ascii', 'ignore'), 'héllo'.encode('ascii', 'xmlcharrefreplace'), 'héllo'.encode('ascii', 'backslashreplace'), 'h€'.encode('utf-16-le'), 'a'.encode('utf-16'), 'a'.encode('utf-32-be'))
t('é'.encode, 'ascii')
t('€'.encode, 'latin-1')
t('a'.encode, 'nope')
t('\ud800'.encode)
print('\ud800'.encode('utf-8', 'surrogatepass'), '\udcff'.encode('utf-8', 'surrogateescape'), 'x'.encode(encoding='UTF8'), 'x'.encode('Utf_8'), 'é'.encode('iso-8859-1'), 'é'.encode('cp1252') if False else '')
print(b'h\xc3\xa9'.decode(), b'\xe9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('ascii', 'ignore'), b'\xff'.decode('utf-8', 'backslashreplace'), b'\xff'.decode('utf-8', 'surrogateescape') == '\udcff')
try:
    b'ab\xffcd'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.encoding, e.object, e.start, e.end, e.reason)
try:
    'aé€'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.encoding, e.object, e.start, e.end, e.reason)
t(b'\xc3'.decode)
t(b'\xed\xa0\x80'.decode)
t(b'\xf8'.decode)
t(b'\x80'.decode, 'ascii')
t(b'a'.decode, 'utf-8', 'bogus')
