[y for x in a for y in (z := x)]
