from _h import t
e = enumerate(iter('abc'), 10)
print(next(e), list(e))
e = enumerate('ab', -1); print(list(e))
class Sub(enumerate): pass
s = Sub('xy'); print(type(s).__name__, list(s))
e = enumerate(range(3)); print(e.__next__(), e.__iter__() is e)
def g():
    yield 'a'
    raise KeyError('gen')
t(list, enumerate(g()))
print([(i, c) for i, c in enumerate('hey', start=1) if i != 2])
t(enumerate, [], start=None)
t(enumerate, [], '1')
print(list(enumerate('a', True)), list(enumerate('ab', 2**63 - 1)), list(enumerate('ab', -(2**64))))
