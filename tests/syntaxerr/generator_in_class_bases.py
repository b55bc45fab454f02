class A(x for x in y, z): pass
