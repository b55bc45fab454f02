x = f'{a:{b}>{c}.{d}f}'
y = f'{a!r:{b}}'
