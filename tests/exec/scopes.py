x = "global"
def f():
    print(x)
f()
def g():
    x = "local"
    def h():
        print(x)
    h()
g()
def u():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
u()
class K:
    a = 1
    b = a + 1
    c = [a for _ in range(2)] if False else None
    def m(self):
        return K.a
print(K.b, K().m())
def outer():
    v = 1
    class Inner:
        w = v + 1
    return Inner.w
print(outer())
def nl():
    a = 0
    def bump():
        nonlocal a
        a += 5
    bump(); bump()
    return a
print(nl())
print(globals()["x"], "f" in globals(), "K" in locals())
def loc():
    q = 1
    r = 2
    return sorted(locals().items())
print(loc())
