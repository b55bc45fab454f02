from _h import t
for w in [0, 2, 5, 8]:
    print(w, b'abc'.center(w), b'abc'.ljust(w, b'.'), b'abc'.rjust(w, b'*'), b'42'.zfill(w), b'-42'.zfill(w), bytearray(b'x').center(w, b'-'))
t(b'a'.center, 5, 'x')
t(b'a'.center, 5, b'xy')
t(b'a'.ljust, 5, 1)
print(b'a\tb\tc'.expandtabs(), b'a\tb'.expandtabs(2), b'\t'.expandtabs(0), b'x\ny\tz'.expandtabs(4))
print(b'www.example.com'.partition(b'.'), b'www.example.com'.rpartition(b'.'), b'abc'.partition(b'x'), bytearray(b'a=b').partition(b'='))
t(b'a'.partition, b'')
print(b'abc'.replace(b'', b'-'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'b', b''), bytearray(b'abc').replace(b'c', b'C'))
print(b'pre_x'.removeprefix(b'pre_'), b'x_suf'.removesuffix(b'_suf'), b'abc'.removeprefix(b'zz'), type(bytearray(b'ab').removeprefix(b'a')).__name__)
