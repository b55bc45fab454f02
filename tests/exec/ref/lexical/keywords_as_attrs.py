class NS: pass
ns = NS()
setattr(ns, 'class', 1)
setattr(ns, 'if', 2)
print(getattr(ns, 'class'), getattr(ns, 'if'), vars(ns))
d = dict(match=1, case=2, type=3, _=4)
print(d)
def f(**kw): return sorted(kw)
print(f(**{'for': 1, 'while': 2}))
print(NS.__name__, ns.__class__.__name__)
import builtins
print(hasattr(builtins, 'print'), 'True' in dir(builtins), 'None' in dir(builtins))
