def f(a, b=10, *args, key='k', **extra):
    return (a, b, args, key, sorted(extra.items()))
print(f(1))
print(f(1, 2, 3, 4))
print(f(1, key='x', z=1, y=2))
print(f(b=5, a=6))
print(f(*[1, 2], **{'key': 'kw', 'q': 0}))
def only_pos(x, y, /): return x - y
print(only_pos(5, 3))
def mixed(p, /, q, *, r): return (p, q, r)
print(mixed(1, 2, r=3), mixed(1, q=2, r=3))
def kw_catch(**kwargs): return kwargs
print(kw_catch(**{'a-b': 1, 'class': 2}))
def default_none(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(default_none(), default_none())
print(max([3, 1], key=lambda v: -v), sorted('cba', reverse=True), int('ff', base=16))
print(dict(zip(['a', 'b'], [1, 2]), c=3))
print('{a}-{b}'.format(**{'a': 1, 'b': 2}), '{0}{1}'.format(*'xy'))
def varargs_sum(*nums): return sum(nums)
print(varargs_sum(), varargs_sum(1, 2, 3), varargs_sum(*range(5)))
