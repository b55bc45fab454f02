for s in ['', '0', '-', '+', '1', '-1', '+1', 'a', '-a', '１', '−1', '١']:
    print(repr(s), [s.zfill(n) for n in (0, 1, 2, 3, 5)])
for s, w, f in [('a', 4, '*'), ('ab', 5, '*'), ('abc', 6, '*'), ('abcd', 7, '-'), ('', 1, '.'), ('x', 3, 'é')]:
    print(repr(s.center(w, f)), repr(s.ljust(w, f)), repr(s.rjust(w, f)))
