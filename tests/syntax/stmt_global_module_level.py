global x
global y, z
x = 1
