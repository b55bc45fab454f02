if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if x: y
elif z: w
else: v
