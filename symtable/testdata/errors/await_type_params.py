async def f():
    class C[T](await x): pass
