from _h import t
specs = ['', 'd', '5d', '<5d', '>5', '^5', '=5', '05', '+', '-', ' ', '+05', ',', '_', '_x', '_b', '_o', ',d', '08,', '010_', 'x', 'X', '#x', '#X', '#o', '#b', 'b', 'o', 'c', 'n', 'e', '.2e', 'f', '.3f', 'g', '%', '.1%', '*^9', '0^9', '#010x', '+#x', 'E', 'G', '#_x', '12,', ' #b']
for n in [0, 7, -42, 1234567, 255, 2**70]:
    out = []
    for s in specs:
        try:
            out.append(format(n, s))
        except Exception as e:
            out.append(type(e).__name__)
    print(n, out)
for s in ['.2d', ',x', ',c', '_c', '+c', '#c', 's', 'z', ',_', '_,', '=5s', '.2', '100000000000000000000d', 'dd']:
    t(format, 42, s)
t(format, -1, 'c')
t(format, 0x110000, 'c')
print(format(True, 'x'), format(65, 'c'), f'{12345:>+10,}', f'{-12:x^+8}', f'{42:{"0"}{5}}')
