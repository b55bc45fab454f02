...
None
True
False
x = ...
a[...]
f(..., None, True)
