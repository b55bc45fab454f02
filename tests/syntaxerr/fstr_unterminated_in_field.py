x = f'{x
