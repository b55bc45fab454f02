class C:
    def f(self) -> (yield): pass
