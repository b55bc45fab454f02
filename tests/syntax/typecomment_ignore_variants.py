a = 1  # type: ignore
b = 2  # type: ignore[misc]
c = 3  # type: ignore[misc, attr]   extra words
d = 4  # type:ignore[x]
e = 5  # type: ignored
