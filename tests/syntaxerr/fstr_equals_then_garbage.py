f'{x= y}'
