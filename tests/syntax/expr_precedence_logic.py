a or b and c
(a or b) and c
not a and b
not a or not b
a and b and c or d or e
a if b else c if d else e
lambda: a if b else c
x = a or b if c and d else e
