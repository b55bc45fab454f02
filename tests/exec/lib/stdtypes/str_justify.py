from _h import t
for w in [0, 1, 3, 4, 5, 8, -1]:
    print(w, repr('abc'.ljust(w)), repr('abc'.rjust(w, '.')), repr('abc'.center(w, '*')), repr('ab'.center(w, '-')), repr('abc'.zfill(w)), repr('-ab'.zfill(w)))
print(repr('é'.center(4, 'ü')), repr('日本'.rjust(5, '。')), repr(''.center(3)), repr('x'.center(2)), repr('xy'.center(3)), repr('xyz'.center(4)), repr('xyz'.center(6)))
t('a'.ljust, 'x')
t('a'.center, 3, 5)
t('a'.rjust, 3, 'xy')
t('a'.ljust, 2**70)
print('+'.zfill(3), '+0'.zfill(3), '-0'.zfill(3), '0'.zfill(-1), 'a-b'.zfill(5), '١'.zfill(3), '+x'.zfill(4), ' -1'.zfill(5))
