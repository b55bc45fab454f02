x = 'global'
f = lambda: x
g = lambda x=x: x
x = 'changed'
print(f(), g())
adders = [lambda n, k=k: n + k for k in range(3)]
print([a(10) for a in adders])
compose = lambda f, g: lambda v: f(g(v))
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda *args, **kw: (args, sorted(kw)))(1, 2, b=1, a=2))
print((lambda a, /, b, *, c: a + b + c)(1, 2, c=3))
rec = lambda n: n if n < 2 else rec(n - 1) + rec(n - 2)
print(rec(15))
print(list(map(lambda p: p[1], sorted({'b': 2, 'a': 1}.items()))))
class K:
    attr = 5
    get = lambda self: self.attr
    static = staticmethod(lambda: 'static lambda')
print(K().get(), K.static(), K.get.__name__, K.get.__qualname__)
