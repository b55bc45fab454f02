from _h import t
for n in [0, 7, 8, 64, -64, 511, 2**30, -(2**65)]:
    print(n, oct(n), format(n, 'o'), format(n, '#o'), '%o' % n, '%#o' % n, int(oct(n), 0) == n)
t(oct, 1.0)
t(oct, '10')
print(oct(True), oct(False))
