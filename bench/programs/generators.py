# Generators: generator functions, generator expressions, yield from.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chain(a, b):
    yield from a
    yield from b


def work(n):
    s = 0
    for x in evens(count_up(n)):
        s += x
    s += sum(x * x for x in range(n))
    for x in chain(count_up(n // 2), range(n // 2)):
        s -= x
    return s


total = 0
for k in range(12):
    total += work(300000)
print(total)
