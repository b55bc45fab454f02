# WeakValueDictionary, WeakKeyDictionary and WeakSet: the mapping and set
# methods, and entries vanishing when their objects die (after gc.collect()).
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n

    def __lt__(self, other):
        return self.n < other.n


def make(n):
    return [Obj(i) for i in range(n)]


# Entries go away when their objects die. The objects are made and stored
# by a function, so that only the weak containers refer to them.
def populate(wv, wk, ws):
    objs = make(6)
    for o in objs:
        wv[o.n] = o
        wk[o] = o.n
        ws.add(o)
    return objs[::2]


dv, dk, ds = weakref.WeakValueDictionary(), weakref.WeakKeyDictionary(), weakref.WeakSet()
kept = populate(dv, dk, ds)
gc.collect()
print("after death:", sorted(dv), sorted(dk.values()), sorted(ds), len(dv), len(dk), len(ds))
print("items:", sorted(dv.items()), sorted(dk.items()))
print("refs:", len(dv.valuerefs()), len(dk.keyrefs()))


print("--- WeakValueDictionary")
objs = make(6)
wv = weakref.WeakValueDictionary()
for o in objs:
    wv["k%d" % o.n] = o
print(len(wv), sorted(wv), "k1" in wv, "zz" in wv, wv["k2"])
print(sorted(wv.keys()), sorted(wv.values()), sorted(wv.items()))
print(wv.get("k3"), wv.get("nope"), wv.get("nope", "dflt"))
print(wv.pop("k5"), wv.pop("nope", None), len(wv))
try:
    wv.pop("nope")
except KeyError as e:
    print("KeyError", e)
try:
    wv["nope"]
except KeyError as e:
    print("KeyError", e)
print(wv.setdefault("k0", objs[5]), wv.setdefault("new", objs[5]), len(wv))
del wv["new"]
print("new" in wv, len(wv))
k, v = wv.popitem()
print(type(k).__name__, type(v).__name__, len(wv))
wv[k] = v
cp = wv.copy()
print(type(cp).__name__, sorted(cp.items()) == sorted(wv.items()))
print(wv == dict(wv.items()), wv != {}, wv == cp)
print(sorted(r().n for r in wv.valuerefs()), sorted(r.key for r in wv.itervaluerefs()))
wv2 = weakref.WeakValueDictionary({"a": objs[0]}, b=objs[1])
print(sorted(wv2.items()))
wv2.update({"c": objs[2]}, d=objs[3])
wv2 |= {"e": objs[4]}
print(sorted(wv2))
merged = wv2 | {"f": objs[5]}
print(type(merged).__name__, sorted(merged))
try:
    hash(wv)
except TypeError as e:
    print("TypeError", e)
print(type(weakref.KeyedRef), weakref.KeyedRef.__mro__[1] is weakref.ref)
kr = weakref.KeyedRef(objs[0], None, "key0")
print(kr.key, kr() is objs[0])
for key in list(wv):
    del wv[key]
print("emptied:", len(wv))
try:
    wv.popitem()
except KeyError as e:
    print("KeyError", e)
wv3 = weakref.WeakValueDictionary()
try:
    wv3["x"] = 1
except TypeError as e:
    print("TypeError", e)
wv3.clear()
print(len(wv3))

print("--- WeakKeyDictionary")
objs = make(5)
wk = weakref.WeakKeyDictionary()
for o in objs:
    wk[o] = o.n * 10
print(len(wk), sorted(wk.values()), sorted(wk.keys()), objs[1] in wk, Obj(9) in wk, 3 in wk)
print(wk[objs[2]], wk.get(objs[3]), wk.get(Obj(9), "dflt"))
try:
    wk[Obj(9)]
except KeyError:
    print("KeyError for a missing key")
try:
    wk[1] = 2
except TypeError as e:
    print("TypeError", e)
print(wk.pop(objs[4]), wk.pop(Obj(8), "gone"), len(wk))
print(wk.setdefault(objs[0], 99), wk.setdefault(objs[4], 44), len(wk))
del wk[objs[4]]
print(sorted(wk.items()))
k, v = wk.popitem()
print(k.n * 10 == v, len(wk))
wk[k] = v
cp = wk.copy()
print(type(cp).__name__, sorted(cp.items()) == sorted(wk.items()), cp == wk)
print(len(wk.keyrefs()), all(r() in wk for r in wk.keyrefs()))
wk.update({objs[4]: 1}, )
wk.update([(objs[3], 33)])
print(sorted(wk.values()))
wk.clear()
print("cleared:", len(wk))

print("--- WeakSet")
objs = make(6)
ws = weakref.WeakSet(objs[:4])
print(len(ws), sorted(ws), objs[0] in ws, objs[5] in ws, 1 in ws)
ws.add(objs[4])
ws.discard(objs[0])
ws.discard(objs[0])
ws.remove(objs[1])
try:
    ws.remove(objs[1])
except KeyError:
    print("KeyError on remove")
try:
    ws.add(1)
except TypeError as e:
    print("TypeError", e)
print(sorted(ws))
other = weakref.WeakSet(objs[3:])
print(sorted(ws | other), sorted(ws & other), sorted(ws - other), sorted(ws ^ other))
print(sorted(ws.union(objs[:1])), sorted(ws.intersection(objs[2:3])), sorted(ws.difference(objs)))
print(ws <= weakref.WeakSet(objs), ws < weakref.WeakSet(objs), ws >= other, ws.issubset(objs), ws.issuperset(objs[2:3]))
print(ws.isdisjoint(objs[:2]), ws.isdisjoint(objs[2:3]))
print(ws == weakref.WeakSet(ws), ws == set(ws), ws != other)
c = ws.copy()
c.clear()
print(len(c), len(ws))
p = weakref.WeakSet(objs)
popped = p.pop()
print(popped in objs, popped not in p, len(p))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)
u = weakref.WeakSet()
u.update(objs[:3])
u |= objs[3:4]
u -= objs[:1]
u &= objs[1:]
u ^= objs[3:5]
print(sorted(u))
try:
    hash(u)
except TypeError as e:
    print("TypeError", e)
print(weakref.WeakSet[int], weakref.WeakValueDictionary[str, int], weakref.WeakKeyDictionary[int, int])
