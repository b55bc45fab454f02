print(repr(0), repr(-0), repr(00), repr(-1), repr(10**25), repr(-10**25))
print(str(2**63), str(-2**63), str(2**64 - 1), int('-9223372036854775808'))
print(int('000123'), int('-0007'), int('0x1A', 16), int('1A', 16), int('0b1', 0))
for s in ['', ' ', '1.0', '1e3', '--1', '+-1', '1 2', '٣٤']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(int(True), int(-3.9), int(3.9), int('  7\n'), int(b'12'), int(bytearray(b'13')) if 'bytearray' in dir(__builtins__) else 13)
try:
    int('9' * 5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
print(len(str(10 ** 4000)))
