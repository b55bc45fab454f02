x = 1in y
x = 1 if 1else 2
