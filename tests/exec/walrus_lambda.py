data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted(["bb", "a", "ccc"], key=len), sorted([3, 1, 2], reverse=True))
print((lambda a, b=2, *c, **d: (a, b, c, d))(1, 3, 4, k=5))
