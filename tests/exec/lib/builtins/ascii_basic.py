from _h import t
print(ascii('abc'), ascii('é'), ascii('日本'), ascii('\U0001F600'), ascii('\x7f'), ascii('\n\t'))
print(ascii(1), ascii([1, 'ä']), ascii({'ß': 'ü'}), ascii(b'\xff'))
print(ascii("it's"), ascii('"'), ascii('\\'), ascii('\x00'), ascii('\u00a0'), ascii('\ud800'))
class R:
    def __repr__(self): return 'R(ü)'
print(ascii(R()))
print(ascii(('é',)), ascii(None), ascii(1.5), ascii(1j))
t(ascii)
t(ascii, 1, 2)
print(len(ascii('\U0010ffff')), ascii('\u0100\uffff'))
