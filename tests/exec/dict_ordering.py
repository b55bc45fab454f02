d = {}
for k in ["z", "a", "m"]:
    d[k] = len(d)
print(d, list(d))
d["a"] = 100
print(d)
del d["z"]
d["z"] = 0
print(d, list(d.items())[0])
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
m = dict.fromkeys("abc", 0)
print(m, m.copy() == m, m.pop("b"), m.popitem(), m)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
d2 = {(1, 2): "tuple", 3.0: "float", True: "bool"}
print(d2[(1, 2)], d2[3], d2[1])
print(len({1: 1, 1.0: 2}), {1: 1, 1.0: 2})
