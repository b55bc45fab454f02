case(1)
case = _
_ = case
_: int = 1
def _(case): pass
class _: pass
