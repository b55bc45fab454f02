from _h import t
a = [1, 2]; b = list(a); b.append(3); print(a, b)
print(list(range(0)), list(reversed('ab')), list(enumerate('x')), list({1, 2}), list(frozenset([3])), list(dict.fromkeys('aab')), list('\U0001F600a'))
class LenHint:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self): return 1000
print(list(LenHint()))
class BadHint:
    def __iter__(self): return iter([1])
    def __length_hint__(self): return -1
t(list, BadHint())
l = [1, 2]; l.__init__('xy'); print(l)
l.__init__(); print(l)
class LL(list):
    def __init__(self, *a): super().__init__(*a); self.extra = True
x = LL('ab'); print(x, x.extra, x + ['c'], type(x + ['c']).__name__, type(x[:1]).__name__, type(x * 2).__name__)
print(list.__new__(list), [] == list(), list() is not list())
