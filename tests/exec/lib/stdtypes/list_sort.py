from _h import t
recs = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
s = sorted(recs, key=lambda r: r[1]); print(s)
s = sorted(recs, key=lambda r: r[1], reverse=True); print(s)
l = recs[:]; l.sort(); print(l)
l.sort(key=lambda r: r[0], reverse=True); print(l)
l = [5, 2, 8, 1]; print(l.sort(), l)
t(l.sort, lambda x: x)
t([1, 'a'].sort)
t(l.sort, key=1)
l2 = [3, 1, 2]
def bad(x):
    if x == 2: raise ValueError('key fail')
    return x
t(l2.sort, key=bad); print(l2)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self): return f'C{self.v}'
l3 = [C(3), C(1), C(2)]; l3.sort(); print(l3)
l4 = [1, 2, 3]
def mut(x):
    l4.append(x)
    return x
try:
    l4.sort(key=mut)
except ValueError as e:
    print(type(e).__name__, e)
words = ['banana', 'Apple', 'cherry', 'apple']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([0.5, -1, 3, True, 2.5]), sorted([[2], [1, 5], [1]]), sorted('hello', reverse=True))
l5 = list(range(20)); l5.sort(key=lambda v: v % 3); print(l5)
l6 = [3, 1]; l6.sort(reverse=True); print(l6, sorted([], reverse=True))
