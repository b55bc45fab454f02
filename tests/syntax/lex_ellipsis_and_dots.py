x = ...
y = a.b
z = a[...]
w = ...  .__class__
