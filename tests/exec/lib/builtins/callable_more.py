class Meta(type):
    def __call__(cls): return 'meta'
class M(metaclass=Meta): pass
print(callable(M), M(), callable(M.__call__) if hasattr(M, '__call__') else 'x')
class NotCall:
    __call__ = None
print(callable(NotCall()))
class Desc:
    def __get__(self, obj, typ): return lambda: 'desc'
class WithDesc:
    __call__ = Desc()
print(callable(WithDesc()), WithDesc()())
import sys
print(callable(sys), callable(sys.exit), callable(callable), callable(super), callable(property()), callable(classmethod(len)), callable(staticmethod(len)))
def f(): pass
print(callable(f.__call__), callable(f.__code__), callable(type(f)), callable(iter([])), callable(iter([]).__next__))
