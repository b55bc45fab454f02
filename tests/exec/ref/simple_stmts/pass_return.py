def nothing(): pass
print(nothing())
def bare(): return
print(bare())
def multi(): return 1, 2
print(multi(), type(multi()).__name__)
def early(x):
    if x: return 'early'
    return 'late'
print(early(1), early(0))
def star(): return *[1, 2], 3
print(star())
class Empty: pass
if True: pass
for _ in range(2): pass
while False: pass
try: pass
except: pass
print('passes ok')
def in_loop():
    for i in range(10):
        if i == 3: return i
print(in_loop())
def in_try():
    try:
        return 'try'
    except Exception:
        return 'except'
print(in_try())
def ret_lambda(): return lambda: 'inner'
print(ret_lambda()())
def gen_ret():
    yield 1
    return 'done'
g = gen_ret(); next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)
def ret_in_with():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): print('exit runs'); return False
    with CM():
        return 'from with'
print(ret_in_with())
def nested_loops():
    for i in range(3):
        for j in range(3):
            if i * j == 2: return (i, j)
print(nested_loops())
