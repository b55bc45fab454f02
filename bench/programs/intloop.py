# Integer loops: range iteration, arithmetic, modulo, bit operations.
def work(n):
    s = 0
    x = 1
    for i in range(n):
        s += i * 2
        if i % 3 == 0:
            s -= i // 3
        x = (x * 31 + i) & 0xFFFFF
        s ^= x
    return s


total = 0
for k in range(8):
    total += work(600000)
print(total)
