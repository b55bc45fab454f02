def log(tag, v=None):
    print('eval', tag)
    return v if v is not None else tag
def f(*a, **k):
    return a, k
print(f(log('a'), log('b'), k=log('c'), **{log('d'): log('e')}))
print(log('callee', f)(log('arg1'), *[log('star')], kw=log('kw')))
class O:
    def m(self, x): return x
o = O()
print(log('obj', o).m(log('marg')))
d = {}
d[log('key')] = log('value')
print(d)
x = [0, 0]
x[log('idx', 0)] = log('rhs', 5)
print(x)
print(log('l', 1) + log('r', 2) * log('r2', 3))
print(log('cmp1', 1) < log('cmp2', 2) < log('cmp3', 0) < log('never', 5))
print([log(i) for i in 'xy'], {log('k1'): log('v1')})
print(log('c', True) and log('then') if log('cond', 1) else log('else'))
a = b = log('chain')
print(a, b)
t = (log('t1'), log('t2'))
print(t)
