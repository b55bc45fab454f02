from _h import t
class CM:
    def __enter__(self): return self
    def __exit__(self, *exc): 
        print('exit args', [type(x).__name__ for x in exc])
        return None
with CM() as c:
    print(type(c).__name__)
try:
    with CM():
        1 / 0
except ZeroDivisionError:
    print('propagated')
class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a): return 'truthy string'
with Truthy():
    raise ValueError
print('suppressed by truthy')
class Async:
    async def __aenter__(self): print('aenter'); return 'A'
    async def __aexit__(self, *a): print('aexit', a[0]); return False
async def main():
    async with Async() as a:
        print('inside', a)
    try:
        with Async():
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        async with CM():
            pass
    except TypeError as e:
        print(type(e).__name__, e)
co = main()
try:
    co.send(None)
except StopIteration:
    pass
def f():
    with CM():
        return 'returned'
print(f())
for i in range(2):
    with CM():
        if i == 0: continue
        break
