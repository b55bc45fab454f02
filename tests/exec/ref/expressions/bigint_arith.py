a = 2**100
b = 3**50
print(a, b, a + b, a - b, b - a, a * b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b, divmod(a, b), divmod(-a, b))
print(a ** 2, (-2) ** 101, 2 ** -1, (-8) ** (1/3) if False else 'skip')
print(a >> 10, a << 10, -a >> 3, ~a, a & b, a | b, a ^ b, -a & 0xFFFF)
print(a == 2**100, a > b, a < -a, abs(-a), -(-a))
print(int(str(a)), len(str(10**200)), str(-10**30))
print(pow(3, 200, 10**9 + 7), pow(2, -1, 7), pow(3, -2, 11))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 1, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(10**20 / 10**10, 2**1000 / 2**999, (2**64) / 3)
try:
    2**10000 / 1.5
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(2**2000)
except OverflowError as e:
    print(type(e).__name__, e)
print(2**63 - 1 + 1, -2**63 - 1, (2**63) * 2, (2**62) * 4, 9223372036854775807 * 9223372036854775807)
print(123456789 ** 5, (10**18 + 1) % 7, -(10**18) // 7)
f = 1
for i in range(1, 30): f *= i
print(f, f.bit_length(), f % 1000003)
print(hex(2**70), bin(-2**65)[:10], oct(8**25))
print(int('1' * 50) + 1, int('-' + '9' * 40) - 1)
x = 2**64
x += 1; x -= 2; x *= -1; x //= 3
print(x)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
print(0 ** 0, 0 ** 5, (-1) ** 2**70, 1 ** -1)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
