from _h import t
class Pred:
    def __init__(self): self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x > 2
p = Pred(); f = filter(p, [1, 2, 3, 4])
print(p.calls, next(f), p.calls, list(f), p.calls)
print(list(filter(None, range(-2, 3))), list(filter(lambda s: s.startswith('a'), ['ab', 'ba', 'ac'])), list(filter(None, {0: 1, 2: 3})))
class F(filter): pass
print(type(F(None, [1])).__name__, list(F(None, [0, 5])))
t(lambda: type(filter(1, [1])).__name__)
t(list, filter(1, [1]))
t(list, filter(lambda: True, [1]))
print(list(filter(str.strip, [' ', 'a ', '', '\t'])), list(filter(None, 'a\x00b')))
