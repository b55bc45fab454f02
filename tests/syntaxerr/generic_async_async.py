async async def f(): pass
