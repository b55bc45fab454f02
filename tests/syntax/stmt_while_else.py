while x:
    x -= 1
else:
    done()
while (y := f()):
    pass
