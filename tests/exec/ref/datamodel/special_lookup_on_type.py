class C:
    def __len__(self): return 1
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
c.__repr__ = lambda: 'inst repr'
print(repr(c) == object.__repr__(c), c.__repr__())
c.__add__ = lambda o: 'inst add'
try:
    c + 1
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __len__(cls): return 42
    def __repr__(cls): return 'MetaRepr<' + cls.__name__ + '>'
    def __getitem__(cls, k): return ('meta item', k)
    def __iter__(cls): return iter('ab')
    def __add__(cls, o): return 'meta add'
    def __call__(cls, *a): return 'meta call'
    def __getattr__(cls, name): return 'meta getattr ' + name
    def __contains__(cls, x): return True
    def __bool__(cls): return False
class K(metaclass=Meta):
    def __len__(self): return 7
print(len(K), repr(K), K[1], list(K), K + 1, K(), K.nothing, 5 in K, bool(K))
print(type.__call__(K).__class__.__name__, len(type.__call__(K)))
class G:
    def __getattr__(self, n): return 'instance getattr'
try:
    G.missing
except AttributeError as e:
    print(type(e).__name__, e)
class D:
    def __getattribute__(self, name):
        print('getattribute', name)
        return object.__getattribute__(self, name)
    def __len__(self): return 3
d = D()
print(len(d))
print(d.__len__())
class Gi:
    def __getattr__(self, n):
        print('getattr for', n)
        raise AttributeError(n)
try:
    len(Gi())
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(Gi())
except TypeError as e:
    print(type(e).__name__, e)
