# Dict work: insert, lookup (int and str keys), get, update, items, delete.
def work(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
    s = 0
    for i in range(0, n, 3):
        s += d[i]
    names = {}
    keys = ["k" + str(i) for i in range(1000)]
    for r in range(n // 1000):
        for k in keys:
            names[k] = names.get(k, 0) + r
    for k, v in names.items():
        s += v
    for i in range(0, n, 2):
        del d[i]
    s += len(d)
    counts = {}
    for i in range(n):
        w = i % 37
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return s + sum(counts.values())


total = 0
for k in range(20):
    total += work(100000)
print(total)
