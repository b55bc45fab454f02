items = [1, 2, 3]
d = {'k': 'v'}
print(f'{items[0]=}', f'{d["k"]=}', f'{len(items) * 2 = }')
print(f'{items=!s}', f'{d=!a}', f'{3.14159=:.3}')
print(f'{"text" = :^10}|')
class P:
    def __repr__(self): return 'P()'
    def __str__(self): return 'str P'
p = P()
print(f'{p=}', f'{p=!s}', f'{p}')
x = 1
print(f'{x=}{x=}', f'{x = !r:>4}')
print(f"{'quote'=}", f'{ x }', f'{x!r}')
print(f'{(lambda: 5)()=}')
