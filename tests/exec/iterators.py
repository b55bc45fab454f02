class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))
for a, b in zip(Countdown(2), "xy"):
    print(a, b)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
print(list(reversed(range(4))), list(reversed("abc")))
r = range(0, 20, 5)
print(r, len(r), r[2], list(r[1:]), 10 in r)
d = {"x": 1, "y": 2}
print(list(iter(d)), list(enumerate(d)))
print(sorted("banana"), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(list(map(lambda a, b: a * b, [1, 2], [3, 4])))
