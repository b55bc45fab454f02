import sys
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print(type(e).__name__, e)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__, e)
l = []
l.append(l)
print(l)
d = {}
d['self'] = d
print(d)
print('recursion limit', sys.getrecursionlimit())
def depth(n):
    if n == 0: return 0
    return 1 + depth(n - 1)
print(depth(500))
