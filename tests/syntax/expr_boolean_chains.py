a and b and c
a or b or c
a and (b or c)
(a and b) or c
not (a and b)
a or not b and c
