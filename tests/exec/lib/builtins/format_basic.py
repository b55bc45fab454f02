from _h import t
print(format(5), format(5, 'd'), format(3.14159, '.2f'), format('s', '>5'), format(255, 'x'), format(1234567, ','), format(0.5, '%'))
print(repr(format('')), format(None), format([1, 2]), format(object) == str(object))
t(format, object(), 'd')
t(format, 5, 'z')
t(format, 'abc', 'd')
t(format, 1.5, 'd')
t(format, [], 'x')
class C:
    def __format__(self, spec): return 'C<' + spec + '>'
print(format(C(), 'abc'), f'{C():xyz}', '{:q}'.format(C()))
class Bad:
    def __format__(self, spec): return 5
t(format, Bad())
print(format(True), format(True, 'd'), format(True, '>6'), format(False, 'x'))
print(format(1e100), format(1.0), format(1e16), format(1e-5), format(123.456, 'g'), format(-0.0))
print(format(12, '08.3f'), format(-12, '08'), format(12, '+'), format(12, ' '), format(-12, '='), format(12, '=+8'))
t(format, 1, 1)
