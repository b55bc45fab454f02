f = lambda x: x[10]
print(list(map(lambda y: y * 2, [1, 2])))
sorted([3, 1], key=f)
