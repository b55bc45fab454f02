e = TypeError("notes not a list")
e.__notes__ = "just a string"
raise e
