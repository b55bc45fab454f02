log = []
def t(v):
    log.append(v)
    return v
r = t(0) and t(1) or t(2) and t(3)
print(r, log); log.clear()
r = t('') or t(None) or t(0)
print(repr(r), log); log.clear()
r = t(1) and t([]) and t('unreached')
print(r, log); log.clear()
r = not (t(1) and t(0))
print(r, log); log.clear()
x = t(5) if t(False) else t(6)
print(x, log); log.clear()
print(all(t(v) for v in [1, 0, 1]), log); log.clear()
print(any(t(v) for v in [0, 2, 3]), log); log.clear()
d = {}
val = d.get('k') or d.setdefault('k', t('created'))
print(val, d, log); log.clear()
a = [1, 2, 3]
print(len(a) > 2 and a[2], len(a) > 5 and a[5])
def safe_div(a, b): return b != 0 and a / b
print(safe_div(1, 0), safe_div(1, 4))
