def f(): return 1
def g(): x = 1; return x
def h():
    '''doc'''
def i():
    ...
