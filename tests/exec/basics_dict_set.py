d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
del d["b"]; print(d, d.pop("a"), d)
d.update(x=1, y=2); print(d)
print(d.setdefault("q", []), d)
for k, v in sorted(d.items()):
    print(k, v)
print({**d, "z": 26}, dict(a=1), dict([(1, 2)]), dict(zip("ab", [1, 2])))
s = {3, 1, 2}
s.add(4); s.discard(1)
print(sorted(s), 2 in s, len(s))
print(sorted({1, 2} | {2, 3}), sorted({1, 2} & {2, 3}), sorted({1, 2} - {2}), sorted({1, 2} ^ {2, 3}))
print(frozenset([1]) == frozenset([1]), set(), {x % 3 for x in range(10)})
counts = {}
for w in "the cat the hat the".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print({1: "a"} | {2: "b"})
