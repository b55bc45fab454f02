assert x
assert x, "message"
assert (x, y)
assert not x, f"{x}"
