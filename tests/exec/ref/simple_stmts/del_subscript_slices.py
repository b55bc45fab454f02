l = list(range(10))
del l[2:8:2]
print(l)
del l[-2:]
print(l)
del l[::-1]
print(l)
l = list(range(5))
del l[10:20]
print(l)
del l[1:1]
print(l)
d = {i: str(i) for i in range(5)}
for k in [0, 2, 4]:
    del d[k]
print(d)
class S:
    def __delitem__(self, k):
        print('delitem', k)
s = S()
del s[1:2], s[::3], s[1, ...], s['k']
