from __future__ import annotations
x: int
def f(a: Undefined) -> Other:
    pass
class C:
    y: List[C]
    def m(self, q: Q) -> R:
        z: Z = 1
        return z
if True:
    w: int
