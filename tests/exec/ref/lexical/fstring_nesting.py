x = 5
w = 8
print(f'{f"{x}"}')
print(f'{f"{f'{x}'}"}')
print(f"{x:{w}}|{x:>{w}}|{x:{'>'}{w}}")
print(f'{"abc":{"*"}^{w + 1}}')
prec = 2
vals = [1.23456, 2.5]
print(f'{", ".join(f"{v:.{prec}f}" for v in vals)}')
print(f'{[f"{i}" for i in range(3)]}')
print(f'{ {k: f"{k}!" for k in "ab"} }')
d = {'fmt': '>5'}
print(f'{x:{d["fmt"]}}|')
print(f"""{
    x
    +
    1
}""")
print(f'{x # comment inside
}')
fmt = '{0} and {1}'
print(f'{fmt.format(1, 2)}')
items = ['a', 'b']
print(f'{"\t".join(items)!r}')
print(f'{(lambda: "lam")()}')
print(f'{x:{"0"}{3}d}')
