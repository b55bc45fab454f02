print(1_000, 0b_1111_0000, 0o_7_7, 0x_dead_beef, 1_0.0_5e1_0, 1_0j)
print(int('1_2_3'), float('1_2.3_4'), complex('1_0+2_0j'))
for s in ['1__2', '_12', '12_', '0x_', '1_.5']:
    try:
        print(int(s, 0) if 'x' in s else float(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(int('0b101', 2), int('0o17', 8), int('0x1f', 16), int('101', 2), int('z', 36))
try:
    int('0b2', 2)
except ValueError as e:
    print(type(e).__name__, e)
print(int('  +12_3  '), int('-0'), int('٣'), float('١.٥'))
print(0xFFFF_FFFF_FFFF_FFFF_FFFF + 1)
print(format(1234567, '_'), format(0xdeadbeef, '_x'), format(255, '#_b'))
