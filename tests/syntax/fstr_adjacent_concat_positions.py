x = (f'{a}' 'b' f'{c}'
     f'{d}')
