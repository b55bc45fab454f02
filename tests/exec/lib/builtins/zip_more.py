from _h import t
print(list(zip('abc', range(10), [True] * 2)), list(zip(*zip('ab', 'cd'))), dict(zip(range(3), 'xyz')), list(zip(iter([]), 'abc')))
calls = []
class It:
    def __init__(self, name, n): self.name = name; self.n = n
    def __iter__(self): return self
    def __next__(self):
        calls.append(self.name)
        if self.n == 0: raise StopIteration
        self.n -= 1
        return self.name
print(list(zip(It('a', 2), It('b', 1))), calls)
class Sub(zip): pass
print(type(Sub('a', 'b')).__name__, list(Sub('a', 'b')))
t(zip, 'a', 5)
t(zip, None)
z = zip('ab', 'cd', strict=True); print(next(z), next(z))
t(next, z)
t(lambda: list(zip([1], [], strict=True)))
t(lambda: list(zip([], [1], [], strict=True)))
print(list(zip('a', strict=True)), list(zip(strict=False)))
t(zip, strict=1, bogus=2)
print(list(zip(range(3), range(3, 0, -1))), [a + b for a, b in zip('ab', 'cd')])
