from _h import t
class P:
    @property
    def ok(self): return 1
    @property
    def attr_err(self): raise AttributeError('from prop')
    @property
    def val_err(self): raise ValueError('from prop')
p = P()
print(hasattr(p, 'ok'), hasattr(p, 'attr_err'), hasattr(p, 'missing'))
t(hasattr, p, 'val_err')
t(hasattr, p, 5)
t(getattr, p, 'attr_err')
print(getattr(p, 'attr_err', 'default'))
t(getattr, p, 'val_err', 'default')
class GA:
    def __getattribute__(self, n):
        if n == 'special': return 'via getattribute'
        return object.__getattribute__(self, n)
print(getattr(GA(), 'special'), hasattr(GA(), 'other'))
t(getattr, GA(), 'other')
class S(str): pass
print(getattr(p, S('ok')))
print(getattr(str, 'upper')('x'), getattr(type, '__name__'), getattr(int, 'from_bytes')(b'\x01', 'big'))
t(getattr, None, 'zz')
t(getattr, int, 'zz')
t(getattr, 'abc', 'zz')
import sys
t(getattr, sys, 'zz_no_attr')
