def g():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("in handler")

errs = []
try:
    g()
except ValueError as e:
    errs.append(e)
raise ExceptionGroup("chain inside", errs)
