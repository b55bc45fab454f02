x = f'abc{d}efg{h:>{i}}jkl'
y = f'é{z}ü'
w = ('a' f'{b}' 'c')
