x, y = 3, 4
print(f'{x + y}', f'{ x + y }', f'{x+y=}', f'{ x + y = }', f'{x + y = :>5}|')
print(f'''{
    x   # the first
    *   # times
    y   # the second
}''')
print(f'{x!r:^5}|', f'{x !r}' if False else '', f'{"a" if x else "b"}')
print(f'{x:{"<"}{5}}|', f'{ {"k": x}["k"] }', f'{[x, y][1]}')
