try:
    raise ExceptionGroup("first", [ValueError("a")])
except ExceptionGroup:
    raise KeyError("during group handling")
