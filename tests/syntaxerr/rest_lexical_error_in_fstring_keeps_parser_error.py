x = f'{a b} {'
