import sys
from _h import t
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)), int('9' * 4300) > 0)
try:
    repr(10 ** 4300)
except ValueError as e:
    print('repr', e)
print(hex(big)[:10], len(bin(2 ** 20000)))
sys.set_int_max_str_digits(0)
print(len(str(big)))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
t(str, 10 ** 5000)
t(sys.set_int_max_str_digits, 100)
t(sys.set_int_max_str_digits, -1)
sys.set_int_max_str_digits(640)
t(int, '1' * 641)
print(int('1' * 640) % 7)
t(lambda: f'{10**700}')
t(lambda: '%d' % 10**700)
print(int('1' * 700, 16) % 7)
sys.set_int_max_str_digits(4300)
