try:
    raise ValueError("original")
except ValueError as e:
    raise ExceptionGroup("after", [TypeError("t1"), KeyError("k")]) from e
