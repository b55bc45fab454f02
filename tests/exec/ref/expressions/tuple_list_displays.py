print((), (1,), (1, 2), 1, 2, [], [1], [1, 2,])
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:])
print([i for i in t], list(t), tuple([1, 2]), tuple('ab'), list(range(3)))
print((1, [2, 3]), [(1, 2)], ([],), [()])
l = [1, 2]
l2 = [l, l]
l[0] = 'changed'
print(l2)
print([0] * 3 == [0, 0, 0], [[0] * 2] * 2, (1, 2) * 2, 2 * (3,))
m = [[0] * 2] * 2
m[0][0] = 9
print(m)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), [] < [0], (2,) > (1, 9))
print(tuple() is tuple(), hash((1, 2)) == hash((1, 2)))
a, b = (1, 2)
print(a, b)
print(len([[]]), len(([], [])), [1, 2].index(2), (1, 1, 2).count(1))
try:
    (1, 2).index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1].index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(([],))
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed((1, 2, 3))), sorted((3, 1, 2)), max((1, 5, 2)), min([4, 2]))
