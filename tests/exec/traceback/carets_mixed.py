def f(d):
    return d["a"]["b"] + d["c"] * 2
f({"a": {"b": 1}, "c": None})
