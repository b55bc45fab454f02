from _h import t
t(type, 'X', (bool,), {})
print(bool(0) is False, bool(5) is True, bool.__new__(bool) is False, bool.__new__(bool, 'x') is True)
t(bool, 1, 2)
print(True.__index__(), True.__int__(), True.__float__(), True.__hash__(), True.__bool__(), False.__bool__())
print([bool(x) for x in (0, 0.0, 0j, '', b'', [], (), {}, set(), frozenset(), range(0), None, ..., NotImplemented if False else 1)])
print(True.__class__.__mro__, type(True).__name__, isinstance(True, bool), isinstance(1, bool))
