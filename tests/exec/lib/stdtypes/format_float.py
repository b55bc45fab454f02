from _h import t
specs = ['', 'f', '.0f', '.1f', '.10f', 'e', '.0e', '.3E', 'g', '.0g', '.3g', '.10g', 'G', '%', '.0%', ',', ',.2f', '_.3f', '10.2f', '<10.2f', '^10.2f', '=+10.2f', '010.2f', '+g', ' g', '#.0f', '#g', '#.3g', 'n', '.2n', 'z.1f', 'z.0f', '.3', '.1', '15', 'r' if False else 'F', 'E']
for x in [0.0, -0.0, 1.0, 3.14159, -2.5, 1234567.891, 1e-7, 1e16, 1.5e300, 0.00012345, 123.456, -0.04, float('inf'), float('nan'), float('-inf')]:
    print(repr(x), [format(x, s) for s in specs])
for s in ['d', 'x', 'c', 'b', ',_', '.f', 'fz' , '#c']:
    t(format, 1.5, s)
print(format(1e100, 'f')[:20], len(format(1e100, 'f')), format(2.5, '.0f'), format(3.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f'), format(1.0, '.17g'), format(0.1, '.20f'))
print(f'{3.14159:.{2}f}', f'{-0.0001:z.2f}', f'{1e-5:g}', f'{1e-4:g}', f'{123456789.0:g}', f'{1234567.0:.7g}', f'{0.5:%}', f'{1e200:e}')
