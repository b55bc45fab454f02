[x for x in y]
[x for x in y if x]
[x for x in y if a if b]
[x for x in y for z in x]
[x for x in y if a for z in x if b]
[(x, y) for x, y in z]
[x for (x, y) in z]
[x for [x, *y] in z]
{x for x in y}
{x: y for x, y in z}
(x for x in y)
[x for x in (1, 2)]
[[y for y in x] for x in z]
{k: [v for v in vs] for k, vs in d}
