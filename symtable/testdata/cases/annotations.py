x: int
y: list[str] = []
z: "str"
if x:
    cond: int = 1
def f(a: int, b: "str" = "", *args: tuple, c: float, **kw: dict) -> bool:
    local: SomeType = 1
    other: Undefined
    return True
class A:
    field: int
    other: list[A] = []
    def m(self) -> A:
        return self
    if True:
        maybe: int
    for i in range(3):
        loop_ann: str
def g(x: (lambda: 1)(), y: [t for t in range(3)]) -> {k: k for k in "ab"}:
    pass
class B:
    def meth(self, v: B, w: attr) -> None: ...
    attr: int
(paren): int = 3
obj.attr: int = 4
obj[0]: int
