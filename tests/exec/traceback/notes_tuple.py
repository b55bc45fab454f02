e = KeyError("k")
e.__notes__ = ("a", "b")
raise e
