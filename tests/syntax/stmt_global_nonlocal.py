g = 1
def f():
    global g
    global a, b, c
    x = 1
    def h():
        nonlocal x
        nonlocal x, y
