def countdown(n):
    while n > 0:
        yield n
        n -= 1
for v in countdown(3):
    print('cd', v)
def pairs(seq):
    it = iter(seq)
    for a in it:
        for b in it:
            yield a, b
            break
print(list(pairs(range(6))))
def take(n, gen):
    for i, v in enumerate(gen):
        if i >= n:
            return
        yield v
def naturals():
    i = 0
    while True:
        yield i
        i += 1
print(list(take(5, naturals())))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5]])))
def gen_with_return(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total
def collect():
    r = yield from gen_with_return(4)
    yield ('total', r)
print(list(collect()))
g = naturals()
print(next(g), next(g), sum(take(3, g)))
