x: int = 1
class C[T](B, k=1):
    "doc"
    def f(self, /, a=1, *b, c, **d) -> None: ...
