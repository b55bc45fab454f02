try:
    {}["x"]
except KeyError:
    e = ValueError("suppressed context")
    e.__suppress_context__ = True
    raise e
