class Bad:
    def __str__(self):
        raise RuntimeError("no")

e = ValueError("with odd notes")
e.__notes__ = ["ok", 42, Bad(), "multi\nline"]
raise e
