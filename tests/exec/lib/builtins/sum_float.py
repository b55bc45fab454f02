from _h import t
print(sum([0.1] * 10), sum([0.1] * 100), sum([1e-16] * 10, 1.0), sum([1.0, 1e-16, 1e-16]), sum([1e16, 1.0, -1e16]), sum([3.0, 1e100, -1e100]))
print(sum([0.1, 0.2, 0.3, 0.4]), sum([1 / 3] * 3), sum([1e308, -1e308, 1.0]), sum([1e-300] * 1000), sum(x / 10 for x in range(10)))
print(sum([1, 0.1, 0.2]), sum([0.1, 1, 0.2]), sum([0.5, 2**60, -2**60]), sum([2**60, 0.5, -2**60]), sum([1.0, 2, 3.5, True]))
print(sum([float('nan'), 1.0]), sum([float('inf'), -float('inf')]), sum([1e308, 1e308, -1e308]), sum([-0.0, 0.0]), sum([-0.0], -0.0), sum([], 0.0))
print(sum([0.1j, 0.2, 0.3j]), sum([1e16j, 1j, -1e16j]), sum([complex(0.1, 0.1)] * 10))
print(sum([2.5, 2**1000 if False else 3]), sum(range(10), 0.5), sum([1.5, 2**63]), sum([1e-17, 1.0, -1.0]))
t(sum, [1.0, 'a'])
t(sum, [2.0, 10**400])
