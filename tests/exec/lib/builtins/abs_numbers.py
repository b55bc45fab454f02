from _h import t
vals = [0, -0.0, 1, -1, 2**100, -(2**100), 1.5, -1e-300, float('inf'), float('-inf'), 3j, -3j, complex(-3, 4), True, False]
for v in vals:
    r = abs(v)
    print(repr(v), repr(r), type(r).__name__)
print(abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)))
t(abs, complex(1e308, 1e308))
t(abs, 'a')
