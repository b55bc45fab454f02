cases = [(1, 3), (2, 3), (10**20, 3), (2**53 + 1, 1), (2**54 + 1, 2), (10**30, 10**15), (-(10**30), 7), (1, 10**400), (10**400, 10**399), (2**1100, 2**1000), (3, 2**1074), (1, 2**1075), (2**1024 - 2**970, 1), (7, -2), (-7, 2)]
for a, b in cases:
    try:
        print(a.bit_length(), b.bit_length(), repr(a / b))
    except OverflowError as e:
        print('OverflowError', e)
try:
    print(2**1024 / 1)
except OverflowError as e:
    print('OverflowError', e)
try:
    print(float(2**1024 - 2**970), (2**1024 - 2**970) / 1)
except OverflowError as e:
    print('OverflowError', e)
try:
    float(2**1024 - 2**970 + 2**969)
except OverflowError as e:
    print('OverflowError', e)
print(float(2**53 + 1), float(2**53 + 3), float(-(2**63) - 1), float(10**23), float(123456789012345678901234567890))
