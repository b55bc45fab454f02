(f'{*a}' for x in f'{*b}')
