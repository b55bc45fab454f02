for args in [(), ('k',), (1,), ('',), (None,), (('a', 'b'),), ('a', 'b'), ("it's",), ('say "hi"',), ([1],), (KeyError('inner'),)]:
    e = KeyError(*args)
    print(repr(str(e)), repr(e))
try:
    {}[('t', 1)]
except KeyError as e:
    print(str(e), e.args)
try:
    {}[()]
except KeyError as e:
    print(str(e), e.args)
try:
    set().remove(frozenset())
except KeyError as e:
    print(str(e), e.args)
