x = 'global'
def gen():
    yield x
    yield [x for _ in range(1)]
print(list(gen()))
def make_gens():
    return [(lambda i=i: (yield i))() for i in range(2)]
print([next(g) for g in make_gens()])
def outer():
    v = 'closure'
    def g():
        yield v
    v = 'rebound before iteration'
    return g()
print(list(outer()))
def gen_locals():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())
print(list(gen_locals()))
