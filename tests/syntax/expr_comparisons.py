a < b
a > b
a == b
a >= b
a <= b
a != b
a in b
a not in b
a is b
a is not b
a < b < c
a < b == c > d != e
a is not b not in c
