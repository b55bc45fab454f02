from _h import t
for s in ['', 's', '10', '<10', '>10', '^10', '*^10', '.2', '10.2', '^7.3s', '-<6', '0>6', '=^3']:
    t(format, 'hello', s)
t(format, 'x', '=5')
t(format, 'x', '+')
t(format, 'x', ',')
t(format, 'x', '#')
t(format, 'x', '05')
t(format, 'x', 'd')
t(format, 'x', '.')
print(format('日本', '>6'), format('é', '^5'), f'{"ab"!r:>6}', f'{"ab"!s:<4}|', f'{"é"!a}', f'{3!r:>3}')
for z in [1 + 2j, -1.5 - 0j, 1e20j, complex(float('nan'), 1)]:
    for s in ['', 'f', '.1f', 'e', 'g', '>20', '<20.2f', '^20', '+', ' .2f', 'z.1f']:
        t(format, z, s)
