with a:
    pass
with a as b:
    pass
with a as b, c as d, e:
    pass
with a as (b, c):
    pass
with a as [b, c], d as e.f, g as h[0]:
    pass
with f() as x: pass
