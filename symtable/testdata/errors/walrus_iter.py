x = [y for y in (z := [1])]
