from _h import t
print(max('apple', 'banana'), min('apple', 'banana', key=len), max([1, 2], [1, 3]), min([(2, 'a'), (1, 'z')]), max(range(0, -5, -1)), min(-1, -1.0), max(-1.0, -1), max(0, -0.0), max(-0.0, 0))
print(max([2, 3, 1], default=5), min((), default=()), max('a', 'b', key=str.upper), max(['a', 'B', 'c'], key=str.lower), max({1: 'a', 2: 'b'}.items(), key=lambda kv: kv[1]))
t(max, 1, 2, key=lambda: 0)
t(min, [], key=len)
t(max, iter([]))
t(max, None)
t(max, [1, 2], [3], key=len, default=1)
t(min, 'abc', 'ab', 5)
t(max, [None, 1])
print(max([1, 1.0]), type(max([1, 1.0])).__name__, max([1.0, 1]), min([True, 1]), max([[1], [1, 0]]), min(['b', 'ab', 'abc']))
calls = []
def key(x):
    calls.append(x)
    return -x
print(min([3, 1, 2], key=key), calls)
print(max(x * x for x in range(-5, 3)), min((x for x in 'zyx'), default='none'), max([], default=None))
t(min, default=1)
