for s in ['\t', 'a\t', 'ab\tc', 'abcdefgh\tx', 'a\tb\tc\td', '\t\t', 'x\ny\tz', 'x\r\ty', '日\t本', '']:
    for n in [8, 4, 1, 0, -3]:
        print(repr(s), n, repr(s.expandtabs(n)))
print(repr('a\tb'.expandtabs()), repr('a\tb'.expandtabs(tabsize=3)))
try:
    'a'.expandtabs('x')
except TypeError as e:
    print(type(e).__name__, e)
