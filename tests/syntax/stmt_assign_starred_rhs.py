x = *a, *b
y = 1, *rest
z = [*a, *b]
