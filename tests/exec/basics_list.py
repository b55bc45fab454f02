l = [3, 1, 2]
l.append(5); l.extend([7, 0]); l.insert(1, 9)
print(l, len(l), l.pop(), l.pop(0), l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
print(sorted([3, 1, 2], key=lambda x: -x), list(reversed([1, 2, 3])))
print(l.index(5), l.count(1), 9 in l, l[1:3], l[::-1])
l[0] = 100; del l[1]; print(l)
l[1:3] = ["a", "b", "c"]; print(l)
m = [[0] * 3 for _ in range(2)]; m[0][1] = 5; print(m)
print([1, 2] + [3], [0] * 4, list(range(5)), list(range(10, 0, -3)))
a, b, *rest = [1, 2, 3, 4, 5]
print(a, b, rest)
first, *mid, last = "abcde"
print(first, mid, last)
(x, y), z = (1, 2), 3
print(x, y, z)
t = (1, 2, 3)
print(t, t[1], t + (4,), len(t), t.index(2), (1,) * 3, tuple([4, 5]))
print(list(enumerate("ab", 1)), list(zip([1, 2, 3], "xy")))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, 2, ""])), any([0, 1]), all([]))
