def a(x):
    return b(x) * 2
def b(x):
    return c(x) + 1
def c(x):
    d = {"k": 1}
    return d[x]
print(a("k"))
print(a("missing"))
