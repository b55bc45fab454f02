def t(x):
    print('t', x)
    return x
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(3))
print(t(4) or t(5))
print(t(None) or t('') or t('last'))
print(t(1) and t(2) and t(0) and t(99))
print(not t(0), not t([1]))
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, not 1 or 2, not (1 or 2))
print([] or {} or (), 'x' and [] , 0.0 or None)
print(True and 'yes', False or 'no', None and 1)
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool', self.v)
        return self.v
    def __repr__(self): return f'B({self.v})'
print(B(False) or B(True))
print(B(True) and B(False))
print(not B(True))
if B(True) and B(False): print('no')
else: print('else')
while B(False): pass
x = B(True) if B(False) else B(True)
print(x)
print(all([B(True), B(False), B(True)]), any([B(False), B(True), B(False)]))
class Bad:
    def __bool__(self): return 'no'
try:
    Bad() or 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    if Bad(): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    not Bad()
except TypeError as e:
    print(type(e).__name__, e)
print(all([]), any([]), all([1, 2]), any([0, '']))
