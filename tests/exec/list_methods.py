l = list(range(10))
print(l[2:8:2], l[::-3], l[-2:], l[:100])
l[2:5] = []
print(l)
l[::2] = ["x"] * len(l[::2])
print(l)
del l[::3]
print(l)
print(l.copy() is l, l.copy() == l)
l.clear(); print(l)
nums = [5, 2, 8, 1]
nums.reverse(); print(nums)
print(sorted(nums), nums.index(8), [x for x in nums if x > 2])
words = ["apple", "Banana", "cherry"]
print(sorted(words), sorted(words, key=str.lower), max(words, key=len))
stack = []
stack.append(1); stack.append(2)
print(stack.pop(), stack)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [[]] * 2, list("ab") + list((1,)))
a = [3, 1, 2]
b = a
b += [4]
print(a, a is b)
print(list(map(lambda t: t[0] * t[1], zip([1, 2, 3], [4, 5, 6]))))
