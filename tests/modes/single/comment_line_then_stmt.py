# c
x = 1