[y for y in (lambda: (z := 1))()]
