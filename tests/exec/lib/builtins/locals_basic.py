def f(a, b=2):
    c = 3
    l = locals()
    print(sorted(l.items()))
    l['c'] = 100
    print(c)
    d = 4
    print('d' in l, 'd' in locals())
    return l
r = f(1)
print(type(r).__name__)
print(locals() is globals())
class K:
    x = 1
    print(sorted(k for k in locals() if not k.startswith('__')))
def g():
    x = 1
    def inner():
        return locals()
    return inner()
print(g())
def h():
    y = 5
    def inner():
        return y
    return sorted(locals())
print(h())
def comp():
    z = 1
    return [sorted(locals()) for _ in range(1)]
print(comp())
def snap():
    a = 1
    l1 = locals()
    a = 2
    l2 = locals()
    return l1 is l2, l1['a'], l2['a']
print(snap())
