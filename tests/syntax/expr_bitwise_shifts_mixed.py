a | b & c ^ d << e >> f
(a | b) & (c ^ d)
~a | ~b
a << 1 + 2
a & -b
