f'{x}'
f"{x} and {y}"
f'text only'
f'{x}{y}{z}'
F'{x}'
f'{{literal braces}}'
f'{{{x}}}'
f'a{{b'
f'}}'
