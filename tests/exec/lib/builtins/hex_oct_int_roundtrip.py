for n in [0, 1, -1, 7, 8, 15, 16, 255, -256, 2**32 - 1, 2**64, -(2**64 + 1), 123456789012345678901234567890]:
    print(n, hex(n), oct(n), bin(n)[:20], int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n, int(hex(n), 0) == n, format(n, 'x') == hex(n).replace('0x', ''))
