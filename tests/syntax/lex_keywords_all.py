False; None; True
async def f():
    await x
    async for a in b: pass
    async with c: pass
def g():
    global x
    yield
    lambda: 0
    if a and b or not c: pass
    elif d is e: pass
    else: pass
    for i in j: break
    while k: continue
    try: pass
    except E as e: pass
    finally: del y
    with z: pass
    assert w
    raise
    return
class C: pass
import os
from os import path
x = 1 if y in z else 2
