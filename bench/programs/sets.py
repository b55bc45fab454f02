# Set work: add, membership, union/intersection/difference, discard.
def work(n):
    a = set()
    for i in range(n):
        a.add(i * 3 % 10007)
    b = {i * 5 % 10007 for i in range(n)}
    hits = 0
    for i in range(n):
        if i in a:
            hits += 1
        if i not in b:
            hits += 2
    u = a | b
    x = a & b
    d = a - b
    for i in range(0, n, 2):
        a.discard(i)
    s = set()
    for i in range(n):
        s.add("s" + str(i % 500))
    return hits + len(u) + len(x) + len(d) + len(a) + len(s)


total = 0
for k in range(20):
    total += work(80000)
print(total)
