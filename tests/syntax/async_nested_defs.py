async def outer():
    async def inner():
        await x
    def sync():
        pass
    class C:
        async def m(self):
            await self.n()
    return await inner()
