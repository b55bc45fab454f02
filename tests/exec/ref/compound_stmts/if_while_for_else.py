for x in [5, 0, -3]:
    if x > 0:
        print(x, 'pos')
    elif x == 0:
        print(x, 'zero')
    else:
        print(x, 'neg')
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            break
    else:
        return 'not found'
    return f'found at {i}'
print(find([1, 2, 3], 2), find([1, 2], 9), find([], 1))
n = 3
while n:
    n -= 1
    if n == 10: break
else:
    print('while completed', n)
while True:
    break
else:
    print('never')
for i in range(3):
    pass
print('i after loop', i)
for i in []:
    pass
print('i unchanged', i)
items = [1, 2, 3]
for item in items:
    if item == 2:
        items.append(4)
    if len(items) > 5: break
print(items)
for a, b in zip('ab', range(5)):
    print(a, b)
for (k, v) in sorted({'z': 1, 'a': 2}.items()):
    print(k, v)
if []: print('no')
elif {}: print('no')
elif 0.0: print('no')
else: print('all falsy')
x = 0
while x < 5:
    x += 1
    if x % 2 == 0:
        continue
    print('odd', x)
else:
    print('done', x)
for i in range(2):
    for j in range(2):
        if j: break
    else:
        print('never inner')
else:
    print('outer else runs')
d = {'a': 1}
try:
    for k in d:
        d['b'] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
