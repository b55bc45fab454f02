def leaves(g):
    if isinstance(g, BaseExceptionGroup):
        out = []
        for e in g.exceptions:
            out += leaves(e)
        return out
    return [repr(g)]
deep = ValueError('leaf')
for i in range(5):
    deep = ExceptionGroup(f'level{i}', [deep, TypeError(i)])
print(leaves(deep))
m, r = deep.split(ValueError)
print(leaves(m), leaves(r))
def depth(g):
    return 1 + max((depth(e) for e in g.exceptions), default=0) if isinstance(g, BaseExceptionGroup) else 0
print(depth(deep), depth(m), depth(r))
print(deep.subgroup(lambda e: isinstance(e, TypeError) and e.args[0] == 0).exceptions)
sub = deep.subgroup(lambda e: isinstance(e, TypeError) and e.args[0] == 0)
print(depth(sub), leaves(sub))
