@d
def f(): pass
@d.e.f
@g(1, x=2)
class C: pass
@x[0]
@(lambda f: f)
@a if b else c
@x := y
def g(): pass
@ d
@ d ( ) . e [ 1 ]
async def h(): pass
