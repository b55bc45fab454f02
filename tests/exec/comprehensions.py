print([x * y for x in range(3) for y in range(3) if x != y])
print({x: x ** 2 for x in range(4)}, {c for c in "hello"} == set("helo"))
print([[j for j in range(i)] for i in range(4)])
x = "outer"
print([x for x in range(3)], x)
print(list(x for x in "ab"), tuple(i for i in range(3)))
matrix = [[1, 2], [3, 4]]
print([row[i] for i in range(2) for row in matrix])
print([(a, b) for a, b in zip("ab", [1, 2])])
print(sum(i for i in range(101)))
print([y for x in [[1, 2], [3]] for y in x])
print([n for n in range(20) if n % 2 if n % 3])
print([(yield_:=i*2) for i in range(3)], yield_)
