x = 1
if y:
    z = 1
    w = 2
