# List work: append, index, slicing, pop, insert, in-place updates, reverse.
def work(n):
    a = []
    for i in range(n):
        a.append(i * 7 % 1000)
    for i in range(1, n):
        a[i] = a[i] + a[i - 1] % 13
    b = a[::2] + a[1::2]
    b.reverse()
    c = 0
    while b:
        c += b.pop()
        if len(b) > 5000:
            b.pop()
    s = a[10:2000]
    s.insert(0, 5)
    return c + sum(s) + len(a) + a.index(a[500]) + max(a) - min(a)


total = 0
for k in range(60):
    total += work(60000)
print(total)
