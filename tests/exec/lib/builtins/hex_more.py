from _h import t
for n in [0, 9, 10, 15, 16, 255, 4096, -4096, 2**63, -(2**63), 0xdeadbeefcafe]:
    print(n, hex(n), format(n, 'x'), format(n, 'X'), format(n, '#x'), format(n, '08x'), '%x' % n, '%#X' % n)
print(float.hex(1.0), (255).__format__('x'))
t(hex, 1.5)
t(hex, b'1')
