a = []
b = a
print(id(a) == id(b), id(a) == id([]) or True, type(id(a)).__name__, id(None) == id(None), id(a) > 0 or id(a) <= 0)
x = object()
ids = {id(x)}
print(id(x) in ids, id(1) == id(1))
try:
    id()
except TypeError as e:
    print(type(e).__name__, e)
l = [object() for _ in range(10)]
print(len({id(o) for o in l}))
