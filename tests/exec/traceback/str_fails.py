class E(Exception):
    def __str__(self):
        raise ValueError("str broke")

print("before")
raise E("x")
