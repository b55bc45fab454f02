x = [1if y else 2 for y in z]
x = 0x1or 2
