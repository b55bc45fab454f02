for i in range(10):
    if i == 2:
        continue
    if i == 6:
        break
    print(i, end=" ")
else:
    print("no")
print()
for i in range(2):
    pass
else:
    print("else ran")
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while else", n)
x = 7
if x < 5:
    print("small")
elif x < 10:
    print("medium")
else:
    print("large")
print("yes" if x else "no", x and 0, x or 0, not x, None or "d")
i = 0
while True:
    i += 1
    if i > 3:
        break
print(i)
assert x == 7, "bad"
del x
try:
    print(x)
except NameError as e:
    print(e)
