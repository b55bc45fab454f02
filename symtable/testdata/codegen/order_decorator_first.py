@f'{*a}'
def f():
    return *b
