class C(f'{*a}'):
    return
