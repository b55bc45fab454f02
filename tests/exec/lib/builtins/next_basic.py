from _h import t
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'), next(it, None))
t(next, it)
t(next, [1])
t(next, 5)
t(next)
t(next, it, 1, 2)
def g():
    yield 1
    return 'rv'
gi = g(); next(gi)
try:
    next(gi)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
class C:
    def __next__(self): return 'c'
print(next(C()))
class BadNext:
    def __next__(self): raise ValueError('bn')
t(next, BadNext())
print(next(iter(''), 'empty'), next(iter({'k': 1})), next(reversed([1, 2])))
