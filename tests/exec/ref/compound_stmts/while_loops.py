n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
i = 0
while i < 10:
    i += 1
    if i % 3: continue
    print('mult of 3', i)
else:
    print('while else after normal exit')
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    depth += 1
    stack = stack[1] if len(stack) > 1 else []
print('depth', depth)
a, b = 0, 1
fib = []
while len(fib) < 10:
    fib.append(a)
    a, b = b, a + b
print(fib)
count = 0
while True:
    count += 1
    try:
        if count == 3:
            break
    finally:
        print('finally', count)
print('count', count)
x = 5
while x := x - 1:
    print('walrus while', x)
