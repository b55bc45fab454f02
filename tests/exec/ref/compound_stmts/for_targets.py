class O: pass
o = O()
for o.attr in range(2): pass
print(o.attr)
l = [0, 0, 0]
for l[0] in 'ab': pass
print(l)
d = {}
for d['k'] in [1, 2, 3]: pass
print(d)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for [x, y] in ['xy', 'zw']:
    print(x, y)
for _ in range(2):
    print('underscore')
it = iter([1, 2, 3, 4])
for v in it:
    print('v', v, 'skip', next(it, None))
for k in {'b': 1, 'a': 2}:
    print(k)
for ch in b'hi':
    print(ch)
for n in range(10, 0, -3):
    print(n, end=' ')
print()
for e in reversed([1, 2, 3]):
    print(e, end=',')
print()
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
for c in Countdown(3):
    print('cd', c)
x = 'before'
for x in []: pass
print(x)
