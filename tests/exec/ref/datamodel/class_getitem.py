class C:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(C[int], C['x'], C[1, 2])
class D(C): pass
print(D[str])
print(type(C.__dict__['__class_getitem__']).__name__)
try:
    C()[0]
except TypeError as e:
    print(type(e).__name__, e)
class E:
    pass
try:
    E[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, int], tuple[int, ...], type[int])
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__)
g = dict[str, list[int]]
print(g, g.__args__)
class M(type):
    def __getitem__(cls, item): return 'meta getitem ' + repr(item)
class F(metaclass=M):
    def __class_getitem__(cls, item): return 'class_getitem'
print(F[0])
class G:
    def __getitem__(self, i): return 'instance'
    def __class_getitem__(cls, i): return 'class'
print(G()[0], G[0])
print(list[int] == list[int], list[int] != list[str], isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
