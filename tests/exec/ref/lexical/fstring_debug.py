x = 10
name = 'Bob'
print(f'{x=}')
print(f'{x = }')
print(f'{x=:5}|')
print(f'{x=!s}')
print(f'{name=}')
print(f'{name=!s}')
print(f'{name = :>6}')
print(f'{x + 1=}')
print(f'{x*2 = }')
print(f'{len(name)=}')
print(f'{3.14159=:.2f}')
print(f'{[1, 2]=}')
print(f'{x=}{name=}')
print(f'{"s"=}')
def f(a):
    return f'{a=}'
print(f(3), f('q'))
print(f'{x=!r:>10}')
