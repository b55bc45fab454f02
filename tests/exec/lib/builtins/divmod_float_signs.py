vals = [5.0, -5.0, 0.0, -0.0, 1e-300, 3.5, float('inf')]
for a in vals:
    for b in [2.0, -2.0, 0.5, float('inf'), float('-inf')]:
        try:
            q, r = divmod(a, b)
            print(repr(a), repr(b), repr(q), repr(r), repr(a % b), repr(a // b))
        except Exception as e:
            print(repr(a), repr(b), type(e).__name__, e)
