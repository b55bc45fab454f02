if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4], y)
while (chunk := data.pop()) > 2:
    print('chunk', chunk)
print(chunk, data)
print((a := 1, b := 2), a, b)
def f():
    if (v := 3): return v
print(f())
print([last := i for i in range(3)], last)
total = 0
print([total := total + i for i in range(5)], total)
def scope():
    [q := i for i in range(3)]
    return q
print(scope())
print((x := 5) + x, x)
z = (w := 7) * 2
print(z, w)
print(f'{(s := 4)} {s}')
def g(p=(d := 'default')):
    return p
print(g(), d)
res = [(yy := j, yy ** 2) for j in range(3)]
print(res, yy)
lam = lambda: (lv := 9)
print(lam())
print({(k := 1): k})
print(any((hit := v) > 2 for v in [1, 3, 5]), hit)
