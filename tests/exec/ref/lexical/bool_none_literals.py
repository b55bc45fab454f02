print(True, False, None, type(True), type(None).__name__, True + True, True * 10, -True)
print(True == 1, False == 0, True is True, None is None, not None, bool(None))
print(repr(True), str(False), f'{True}', f'{None!r}', format(True, '>6'), '%s %r' % (True, None))
print(int(True), float(False), complex(True), str(True).lower())
print(isinstance(True, int), issubclass(bool, int), bool.__bases__, bool(2), bool(-0.0))
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(True.real, True.imag, True.numerator, (True).bit_length(), True.conjugate())
