with a: pass
with a as b: x = 1; y = 2
