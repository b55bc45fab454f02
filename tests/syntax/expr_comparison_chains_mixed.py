a < b <= c
a == b != c
a in b not in c
a is b is not c
1 < x < 10 == y
a < (b < c)
not a < b
