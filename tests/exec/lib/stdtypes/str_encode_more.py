from _h import t
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'latin-1', 'ascii', 'utf_8', 'U8', 'UTF', 'iso8859-1', 'l1', 'cp1252', 'utf-7', 'idna', 'raw_unicode_escape', 'unicode_escape']:
    try:
        print(enc, 'aé€\n'.encode(enc))
    except Exception as e:
        print(enc, type(e).__name__, e)
for enc, data in [('utf-16', b'\xff\xfea\x00'), ('utf-16', b'\xfe\xff\x00a'), ('utf-16-le', b'a'), ('utf-32', b'\xff\xfe\x00\x00a\x00\x00\x00'), ('latin-1', bytes(range(250, 256))), ('ascii', b'\x7f'), ('unicode_escape', b'\\u00e9\\n'), ('raw_unicode_escape', b'\\u00e9\\n')]:
    try:
        print(enc, repr(data.decode(enc)))
    except Exception as e:
        print(enc, type(e).__name__, e)
t(b'\xe2\x82'.decode, 'utf-8')
t(b'\xc0\x80'.decode, 'utf-8')
t(b'\xf4\x90\x80\x80'.decode, 'utf-8')
t(b'a\x00\x00\xd8'.decode, 'utf-16-le')
print(b'\xe2\x82x'.decode('utf-8', 'replace'), b'\xf0\x9f\x98'.decode('utf-8', 'replace'), b'\xed\xa0\x80'.decode('utf-8', 'replace'), b'\xff\xfe'.decode('utf-8', 'ignore') == '')
