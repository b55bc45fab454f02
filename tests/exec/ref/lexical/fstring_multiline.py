a, b = 1, 2
s = f'''
a={a}
b={b}
sum={a + b}'''
print(s)
t = (f'part1 {a} '
     f'part2 {b} '
     'plain')
print(t)
u = f"""{
a
}|{
    [x for x in range(3)]
}"""
print(u)
print(f'''{'"quotes"'}''')
print(f"""{a:>{
b + 3}}|""")
data = {'k': 1}
print(f"{data[
    'k'
]}")
lines = [f'{i}: {i * i}' for i in range(3)]
print('\n'.join(lines))
