# An uncaught ExceptionGroup prints the boxed layout.
def f():
    raise ValueError("bad value")

errs = []
for i, exc in enumerate([ValueError("v"), TypeError("t"), KeyError("k")]):
    try:
        raise exc
    except Exception as e:
        errs.append(e)
print(len(errs), [type(e).__name__ for e in errs])
eg = ExceptionGroup("several problems", errs)
print(eg, eg.message, len(eg.exceptions))
raise eg
