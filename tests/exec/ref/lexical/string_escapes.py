print(repr('a\nb\tc\\d\'e"f'))
print(repr("\a\b\f\v\r\0"))
print(repr('\x41\x7f\x80\xff'), repr('\101\0101\7'))
print(repr('\u00e9\u20ac'), repr('\U0001F600'), '\U0001F600' == '😀')
print(repr('\N{LATIN SMALL LETTER E WITH ACUTE}'), '\N{EM DASH}' == '\u2014')
print(len('\N{SNOWMAN}'), ord('\N{SNOWMAN}'))
print(repr('line1\
line2'))
print(repr("'"), repr('"'), repr('\'"'), repr("it's"))
print(repr('\x00\x1f\x7f'), ascii('é€😀'), repr('é€😀'))
print(repr('\ud800'), len('\ud800'))
print(repr(chr(0x85)), repr(chr(0xa0)), repr(chr(0x2028)), repr(chr(0xad)))
print(str('tab\there'))
print('a' 'b' "c" '''d''' """e""")
s = ('multi'
     'part'
     ' string')
print(s)
print(repr(''), repr(""), len(''))
