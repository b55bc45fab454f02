class Base:
    def hello(self): return 'hello from Base'
class Proxy:
    def __mro_entries__(self, bases):
        print('mro_entries', len(bases))
        return (Base,)
class C(Proxy()):
    pass
print(C().hello(), C.__bases__, C.__orig_bases__[0].__class__.__name__)
class Empty:
    def __mro_entries__(self, bases): return ()
class D(Empty()): pass
print(D.__bases__)
class Two:
    def __mro_entries__(self, bases): return (int, )
class E(Two(), Base): pass
print(E.__mro__, E(5) + 1)
class NotTuple:
    def __mro_entries__(self, bases): return [Base]
try:
    class F(NotTuple()): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('G', (Proxy(),), {})
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(D, '__orig_bases__'), hasattr(Base, '__orig_bases__'))
