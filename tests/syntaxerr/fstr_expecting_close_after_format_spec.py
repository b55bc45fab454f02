f'{x:abc'
