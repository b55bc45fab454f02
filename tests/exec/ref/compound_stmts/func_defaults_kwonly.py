def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(a=1, c=2, b=3, z=0))
def po(a, b, /, c, *, d):
    return a, b, c, d
print(po(1, 2, 3, d=4), po(1, 2, c=3, d=4))
def po_default(a, b=5, /, c=6):
    return a, b, c
print(po_default(1), po_default(1, 2), po_default(1, 2, 3), po_default(1, c=9))
def kw_named_like_po(a, /, **kw):
    return a, kw
print(kw_named_like_po(1, a=2))
def only_kw(*, x, y=1): return x, y
print(only_kw(x=0), only_kw(y=5, x=6))
def star_only(*args): return args
print(star_only(), star_only(1, 2))
def kwargs_only(**kw): return sorted(kw.items())
print(kwargs_only(b=1, a=2))
def mutable(x, acc=[]):
    acc.append(x)
    return acc
print(mutable(1), mutable(2), mutable(3, []))
def default_eval_time():
    print('default evaluated')
    return 'd'
def g(p=default_eval_time()): return p
print(g(), g())
def annotated(a: int, *args: str, b: float = 1.0, **kw: bool) -> None: pass
print(sorted(annotated.__annotations__.items(), key=lambda kv: kv[0]))
print(f.__defaults__, f.__kwdefaults__, po_default.__defaults__, only_kw.__kwdefaults__)
def rec(n): return 1 if n == 0 else n * rec(n - 1)
print(rec(20))
def all_kinds(p1, p2=2, /, n1=3, *va, k1, k2=5, **vk):
    return (p1, p2, n1, va, k1, k2, vk)
print(all_kinds(1, k1=4), all_kinds(1, 2, 3, 4, 5, k1=6, extra=7))
