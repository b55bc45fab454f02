# Sorting: sorted() with key functions, list.sort, tuples, reverse, strings.
def work(n):
    xs = [(i * 7919) % 100003 for i in range(n)]
    a = sorted(xs)
    b = sorted(xs, key=lambda v: -v)
    c = sorted(xs, key=lambda v: (v % 100, v))
    words = ["w" + str((i * 31) % 5000) for i in range(n // 2)]
    words.sort()
    words.sort(key=len, reverse=True)
    pairs = [(x % 10, x) for x in xs[:20000]]
    pairs.sort()
    return a[n // 2] + b[0] + c[n // 3] + len(words[0]) + pairs[-1][1]


total = 0
for k in range(8):
    total += work(100000)
print(total)
