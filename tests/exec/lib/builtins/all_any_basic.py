from _h import t
print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, '', None]))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(4)))
print(all('abc'), any(''), all([[]]), any([[]]), any([[0]]))
def gen():
    yield 1
    yield 0
    print('not reached')
    yield 1
print(all(gen()))
def gen2():
    yield 0
    yield 2
    print('not reached2')
print(any(gen2()))
it = iter([1, 0, 5, 6])
print(all(it), list(it))
it = iter([0, 5, 6])
print(any(it), list(it))
t(all, 5)
t(any, None)
t(all)
t(any, [1], [2])
class Bad:
    def __bool__(self): raise RuntimeError('bool failed')
t(all, [Bad()])
t(any, [Bad()])
print(all({0: 1}), any({0: 1, 1: 0}), all(range(1, 3)), any(range(0)))
