def f(a=f'{*x}'):
    return *b
