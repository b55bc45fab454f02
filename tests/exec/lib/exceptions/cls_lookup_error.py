C = LookupError
print(C.__name__, [k.__name__ for k in C.__mro__], C.__module__)
for args in [(), ('m',), ('m', 2), (None,), (1.5,), ('',)]:
    e = C(*args)
    print(repr(e), repr(str(e)), e.args, isinstance(e, Exception), type(e) is C)
class Sub(C):
    pass
s = Sub('sub')
print(repr(s), str(s), isinstance(s, C), Sub.__mro__[1] is C)
try:
    raise Sub('raised')
except C as e:
    print('caught', type(e).__name__, e)
e = C('n')
e.custom = 1
print(e.custom, e.__dict__, sorted(k for k in vars(e)))
e.add_note('a note')
print(e.__notes__, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
print(C('x') == C('x'), hash(C('x')) != 0 or True)
