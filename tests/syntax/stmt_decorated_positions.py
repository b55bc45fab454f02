@a
@b.c(1)
def f():
    pass

@dataclass(frozen=True)
class C:
    x: int

@property
async def g(): pass
