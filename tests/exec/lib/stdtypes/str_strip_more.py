from _h import t
ws = ''.join(chr(c) for c in range(0x3100) if chr(c).isspace())
print([hex(ord(c)) for c in ws])
print(repr((ws + 'x' + ws).strip()), repr(('\u200bx\u200b').strip()), repr('xyzzyx'.strip('xy')), repr('xyzzyx'.lstrip('xy')), repr('xyzzyx'.rstrip('xy')))
print(repr('日本日'.strip('日')), repr('\U0001F600a\U0001F600'.strip('\U0001F600')), repr('aaa'.lstrip('a')), repr(''.strip('abc')), repr('abc'.strip('')))
t('a'.strip, 'a', 'b')
t('a'.lstrip, [])
t('a'.rstrip, b'a')
class S(str): pass
r = S('x').strip(); print(type(r).__name__)
r = S(' x ').strip(); print(type(r).__name__, repr(r))
