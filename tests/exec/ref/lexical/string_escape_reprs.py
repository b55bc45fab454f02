samples = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\t', 'nl\n', 'cr\r', 'bell\a', 'nul\0',
           'back\\slash', '\x1b[0m', 'é', '\u2028', '\U0001F40D', '\ud83d', ' ', '\x7f', '\x80', '\xa0', '\xad']
for s in samples:
    print(repr(s), ascii(s), len(s))
b_samples = [b'plain', b"it's", b'"', b'\'"', b'\x00\x7f\x80\xff', b'\t\n\r', b'\\']
for b in b_samples:
    print(repr(b), len(b))
print(str(b'bytes str'), repr(repr('nested')), repr(str(1.5)))
