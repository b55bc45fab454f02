vals = [0, 1, -1, 0x7f, 0o777, 0b1010, 1_000_000, 0.5, .5, 5., 5e0, 5E-1, 1e100, 1j, 5J, 1e3j, 0j,
        0xFFFFFFFFFFFFFFFF, 1e-320, 12345678901234567890.5]
for v in vals:
    print(repr(v), type(v).__name__)
print(0.1 == 1e-1, 1_0 == 10, 0x10 == 0o20 == 0b10000 == 16)
