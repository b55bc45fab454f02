for x in y if z else w: pass
for x in lambda: 1: pass
for x in (yield_): pass
for x in [1, 2], [3]: pass
for x in await_ or y: pass
