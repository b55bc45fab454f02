[[x * y for y in range(3)] for x in range(3)]
[x for row in matrix for x in row]
{k: {kk: vv for kk, vv in v.items()} for k, v in d.items()}
[(lambda: x)() for x in y]
