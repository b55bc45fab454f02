a = '\d'
b = 1if x else 2
c = f'\{x}'
