def make():
    try:
        raise KeyError("inner cause")
    except KeyError as k:
        try:
            raise ValueError("wrapped") from k
        except ValueError as v:
            return v
raise ExceptionGroup("g", [make(), TypeError("plain")])
