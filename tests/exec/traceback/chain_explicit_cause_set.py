e = RuntimeError("top")
e.__cause__ = ValueError("set by hand")
print(e.__suppress_context__)
raise e
