x = 1
'''not a docstring'''
def f():
    x = 1
    '''also not'''
