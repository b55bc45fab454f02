for i in range(10):
    if i == 2: continue
    if i == 5: break
    print('for', i)
else:
    print('no else after break')
i = 0
while True:
    i += 1
    if i % 2: continue
    if i > 6: break
    print('while', i)
for i in range(3):
    for j in range(3):
        if j == 1: break
        print('inner', i, j)
    else:
        print('inner else')
    if i == 1: continue
    print('outer', i)
def f():
    for x in range(3):
        try:
            if x == 1: continue
            if x == 2: break
            print('try', x)
        finally:
            print('finally', x)
f()
def g():
    for x in range(3):
        try:
            continue
        finally:
            print('cont finally', x)
g()
n = 0
while n < 3:
    n += 1
    with open(__file__) as fh:
        if n == 2: continue
        print('with', n)
out = []
for c in 'abcdef':
    if c in 'bd': continue
    if c == 'f': break
    out.append(c)
print(out)
for k in []:
    break
else:
    print('empty for else')
cnt = 0
while cnt < 2:
    cnt += 1
else:
    print('while else', cnt)
