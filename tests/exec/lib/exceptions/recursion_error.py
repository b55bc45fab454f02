import sys
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
print(sys.getrecursionlimit() > 0)
def rec2():
    try:
        return rec2()
    except RecursionError:
        return 'caught deep'
print(rec2())
