import os
os.makedirs('/tmp/pygo_case_io', exist_ok=True)
p = '/tmp/pygo_case_io/many.txt'
with open(p, 'w') as f:
    for i in range(5000):
        f.write('line %d %s\n' % (i, 'x' * (i % 37)))
total = 0
count = 0
with open(p) as f:
    for line in f:
        total += len(line)
        count += 1
print(count, total, os.path.getsize(p))
with open(p) as f:
    data = f.read()
print(len(data), data[:20].split('\n'), data[-30:].split('\n'))
with open(p, 'rb') as f:
    chunks = []
    while True:
        c = f.read(1000)
        if not c:
            break
        chunks.append(len(c))
print(len(chunks), sum(chunks), chunks[-1])
with open(p) as f:
    print(f.readline(), end='')
    print(len(f.readlines()))
with open(p) as f:
    s = f.read(7000)
    print(len(s), f.tell() == len(s.encode()))
