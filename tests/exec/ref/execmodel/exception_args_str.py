for e in [Exception(), Exception('one'), Exception('a', 'b'), Exception(1), Exception(None), KeyError('k'), KeyError(), KeyError(1, 2), ValueError(''), OSError('just message'), SystemExit(2), StopIteration(5), UnicodeError('u')]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = ValueError('x')
e.args = ('y', 'z')
print(str(e), repr(e))
class E(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e2 = E(1, 2)
print(e2.args, str(e2), repr(e2))
class F(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
print(F(1, 2).args, str(F(1, 2)))
print(str(OSError(13, 'Permission denied', 'f', None, 'g')))
print(FileNotFoundError(2, 'nope').errno)
print(KeyError('a').__str__(), Exception.__str__(KeyError('a')))
