def classify(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'small' if n < 10 else 'big'
print([classify(n) for n in (-5, 0, 3, 50)])
calls = []
def t(v):
    calls.append(v)
    return v
r = t('yes') if t(True) else t('no')
print(r, calls)
calls.clear()
r = t('yes') if t(0) else t('no')
print(r, calls)
x = 5
y = x if x > 3 else None
print(y, (1 if True else 2) * 3, 1 if True else 2 * 3)
print([i if i % 2 else -i for i in range(4)])
print({k: ('even' if k % 2 == 0 else 'odd') for k in range(3)})
f = (lambda v: 'truthy' if v else 'falsy')
print(f([]), f([0]), f(None), f(0.0), f('0'))
print((lambda: 1) if False else (lambda: 2)())
print('a' if '' else 'b' if [] else 'c')
