lambda **kw=1: 0
