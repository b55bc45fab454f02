from _h import t
for s in ['plain', 'tab\there', 'café', 'naïve', '\x00\x01', '\u200b', '\U0001F40D', '\u0301', '\\', "'", '"', '\'"', 'Ω≈ç√', '\x80\xff\u0100']:
    print(ascii(s), len(ascii(s)), ascii(s) == repr(s))
print(ascii(b'\x80abc'), ascii(bytearray(b'\xe9')) if False else '', ascii(['é', ('ü',)]), ascii({'k': 'ñ'}), ascii(1.5e300), ascii(-0.0))
class E(Exception): pass
print(ascii(E('é')), ascii(ValueError('ß')))
