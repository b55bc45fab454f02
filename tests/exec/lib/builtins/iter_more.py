from _h import t
class Once:
    def __init__(self): self.done = False
    def __call__(self):
        if self.done: return 'END'
        self.done = True
        return 'val'
print(list(iter(Once(), 'END')))
it = iter(lambda: 1, 1); print(list(it))
class EqAll:
    def __eq__(self, o): return True
print(list(iter(lambda: 5, EqAll())))
data = [1, 2, 3]
it = iter(data.pop, 1); print(list(it), data)
def raiser():
    raise ValueError('in callable')
t(list, iter(raiser, None))
ci = iter(Once(), 'x'); print(type(ci).__name__, ci.__iter__() is ci, next(ci))
t(iter, [], 1, 2)
t(iter, None)
class SeqLen:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return 'ab'[i]
        raise IndexError
print(list(iter(SeqLen())), list(reversed(SeqLen())))
class StopsOnStop:
    def __getitem__(self, i):
        if i == 1: raise StopIteration
        return i
print(list(StopsOnStop()))
