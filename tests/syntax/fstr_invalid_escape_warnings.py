f'\d{x}'
f'{x}\w'
f'{x:\s}'
