s = 'naïve café 日本 😀'
print(len(s), s.upper(), s[6:10], s[-1], ord(s[-1]), s.encode('utf-8')[:8])
print('ß'.upper(), 'ǅ'.lower(), 'İ'.lower(), len('İ'.lower()), 'ﬃ'.upper())
print('Ⅻ'.isnumeric(), '²'.isdigit(), '٣'.isdecimal(), 'é'.isalpha(), '日'.isalpha())
print(sorted(['b', 'a', 'é', 'z', 'A']), 'a' < 'é', max('héllo'))
print(repr('\u200b'), repr('\t'), repr('\x7f'), repr('\u00a0'), repr('\U0001f600'))
print(ascii('日本'), ascii('é'), ascii('😀'))
print('{:^7}|'.format('日本'), 'é'.center(5, '*'), '日本'.ljust(4, '.'))
print(chr(0x10FFFF) == '\U0010ffff', len(chr(0x10FFFF)))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
print('\N{GREEK SMALL LETTER ALPHA}\N{GREEK SMALL LETTER BETA}', '\N{BLACK STAR}')
