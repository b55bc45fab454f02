class D(a for a in b): pass
