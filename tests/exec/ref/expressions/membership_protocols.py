class Log:
    def __init__(self, items): self.items = items
    def __iter__(self):
        for i in self.items:
            print('yield', i)
            yield i
print(2 in Log([1, 2, 3]))
print(9 in Log([1, 2]))
class GI:
    def __getitem__(self, i):
        print('getitem', i)
        if i > 2: raise IndexError
        return i
print(1 in GI())
d = {'a': 1}
print('a' in d, 1 in d, 'a' in d.keys(), 1 in d.values(), ('a', 1) in d.items())
print('ab' in 'cab', '' in '', [] in [[], 1], (1,) in {(1,): 0})
s = {1, 2}
print(1 in s, 3 not in s, frozenset([1]) in {frozenset([1])})
try:
    {1} in {frozenset([1])}
    print('set converted to frozenset for lookup')
except TypeError as e:
    print(type(e).__name__, e)
