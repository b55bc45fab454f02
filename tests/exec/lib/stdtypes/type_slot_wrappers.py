from _h import t
print(list.__len__([1, 2]), dict.__getitem__({'a': 1}, 'a'), int.__add__(3, 4), str.__len__('abc'), tuple.__getitem__((1, 2), 1), set.__contains__({1}, 1))
print(type(list.__len__).__name__, type(int.__add__).__name__, type([].__len__).__name__, type(object.__init__).__name__, type(object().__init__).__name__)
print(list.__len__.__name__, list.__len__.__qualname__, list.__len__.__objclass__, int.__add__.__objclass__.__name__)
t(list.__len__, ())
t(int.__add__, 'a', 1)
t(list.__len__)
print(object.__init__(object()), object.__repr__(1)[:14], object.__eq__(1, 1), object.__ne__(1, 2), object.__hash__(None) == hash(None))
print(float.__add__(1.5, 1), float.__add__(1.5, 'x'), complex.__mul__(1j, 1j), bool.__and__(True, False), bytes.__len__(b'ab'))
print(dict.__setitem__, list.__iter__, list.__repr__([1]), dict.__repr__({}), int.__repr__(5), str.__repr__('x'))
print(int.__neg__(5), int.__bool__(0), int.__lt__(1, 2), int.__lt__(1, 'x'), float.__lt__(1.0, 'x'))
class L(list):
    def __len__(self): return list.__len__(self) * 10
print(len(L([1, 2])), L.__len__(L([1])), list.__len__(L([1])))
m = (5).__add__; print(m(1), m.__self__, m.__name__, type(m).__name__)
t(m, 'x') if False else print(m('x'))
print(str.upper.__name__, str.upper.__objclass__, str.upper('abc'), 'x'.upper.__self__)
