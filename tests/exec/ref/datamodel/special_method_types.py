class C:
    def __len__(self): return 0
    def method(self): pass
print(type(C.__len__).__name__, type(C().__len__).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__)
print(type(object.__init__).__name__, type(object().__init__).__name__)
print(type(list.append).__name__, type([].append).__name__)
print(type(dict.fromkeys).__name__, type(str.maketrans).__name__)
print(type(C.method).__name__, type(C().method).__name__)
print(type(len).__name__, type(print).__name__)
print(int.__add__(1, 2), list.__len__([1, 2]), str.upper('x'), dict.get({'a': 1}, 'a'))
print(C.__len__(C()), len.__name__, len.__qualname__, list.append.__qualname__, (1).__add__.__qualname__)
