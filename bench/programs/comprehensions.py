# Comprehensions: list, dict, set comprehensions, nested and filtered.
def work(n):
    a = [i * i for i in range(n)]
    b = [x for x in a if x % 3 == 1]
    c = {i: i % 17 for i in range(n)}
    d = {v for v in c.values()}
    e = [(i, j) for i in range(300) for j in range(i % 10)]
    f = [x + y for x, y in zip(a, b)]
    return len(a) + sum(b) % 1000003 + len(c) + len(d) + len(e) + sum(f) % 999983


total = 0
for k in range(24):
    total += work(100000)
print(total)
