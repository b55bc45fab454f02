from _h import t
print(True and False, True or False, not True, True & True, False | True, True ^ False, type(True ^ False).__name__, type(True | 2).__name__, True | 2, True & 3)
print(True + 1.5, True * 'ab', [1, 2][True], {True: 'a', 1: 'b'}, True == 1.0, True < 2, sum([True] * 5), max(True, 0), str(True), f'{True}', f'{True:>6}', f'{True:d}')
print(bool.__name__, bool('False'), bool(' '), bool(0.0j), bool([None]), bool(int), bool.__new__(bool, 5), bool(x=5) if False else '')
t(bool.__new__, int, 1)
t(lambda: bool.__sub__)
print(True.__and__(False), True.__or__(1), True.__xor__(True), (True).__invert__() if False else '', True.real, True.imag, True.conjugate(), True.denominator)
print(hash(True) == hash(1), {1: 'x'}[True], True in [1], 1 in [True], (True, False) < (True, True), sorted([True, False, 0, 1]))
print(repr(True), repr(False), True.__repr__(), False.__str__(), True.__format__(''), True.__format__('^5'))
