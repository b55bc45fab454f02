f'\n{x}\t{y}\\'
f'\\{x}'
rf'\{x}'
