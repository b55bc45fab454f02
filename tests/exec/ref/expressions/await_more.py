import sys
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        for i in range(self.n):
            yield ('tick', i)
        return self.n
async def task(name, n):
    r = await Sleep(n)
    return f'{name}:{r}'
def scheduler(coros):
    results = {}
    queue = list(coros.items())
    while queue:
        name, c = queue.pop(0)
        try:
            msg = c.send(None)
            print('yielded', name, msg)
            queue.append((name, c))
        except StopIteration as e:
            results[name] = e.value
    return results
print(scheduler({'a': task('a', 2), 'b': task('b', 1)}))
class GenAwait:
    def __await__(self):
        return iter(['x', 'y'])
async def use():
    return await GenAwait()
c = use()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print('value', e.value)
async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)
d = deep(50)
try:
    d.send(None)
except StopIteration as e:
    print('deep', e.value)
async def never_awaited(): pass
co = never_awaited()
co.close()
print('closed without warning')
