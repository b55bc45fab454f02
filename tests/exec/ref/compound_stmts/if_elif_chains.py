def grade(s):
    if s >= 90: return 'A'
    elif s >= 80: return 'B'
    elif s >= 70: return 'C'
    else: return 'F'
print([grade(s) for s in (95, 85, 75, 10)])
x = 0
if x: print('no')
elif x == 0:
    if not x:
        print('nested if in elif')
if (n := 5) > 3 and n < 10:
    print('walrus in if', n)
def cond(v):
    if v is None:
        return 'none'
    elif isinstance(v, bool):
        return 'bool'
    elif v:
        return 'truthy'
    return 'falsy'
print([cond(v) for v in (None, True, 0, [1], '', 'x')])
