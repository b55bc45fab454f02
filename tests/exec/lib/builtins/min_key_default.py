from _h import t
print(min([3, 1, 2], key=lambda x: -x), min('abc', 'ABC'), min([], default=0), min([[]], default=1), min((1, 2), (1, 1)), min({'b': 1, 'a': 2}, key=lambda k: {'b': 1, 'a': 2}[k]))
t(min)
t(min, [], default=1, key=None, extra=2)
t(min, 1, key=len)
print(min([1, 2], default=None), min(1, 2, key=None), min([0.0, -0.0]), min([-0.0, 0.0]), min([2, 2.0]), min([2.0, 2]))
