import warnings, sys
print(warnings.filters)
warnings.warn("hello")
for i in range(3):
    warnings.warn("loop", UserWarning)
def f():
    warnings.warn("from f", DeprecationWarning, stacklevel=2)
f()
warnings.warn("dep here", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec1")
    warnings.warn("rec2", RuntimeWarning)
    print(len(w), [str(x.message) for x in w], w[0].category.__name__, w[1].lineno)
    print(str(w[0]).replace(__file__, 'F'))
print(len(warnings.filters))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", FutureWarning)
    except FutureWarning as e:
        print(type(e).__name__, e)
with warnings.catch_warnings(action="ignore"):
    warnings.warn("nothing")
warnings.filterwarnings("ignore", message="spam.*")
warnings.warn("spam eggs")
warnings.warn("Spam ok")
warnings.warn("ham")
print(warnings.formatwarning("m", UserWarning, "file.py", 3, "  x = 1  "))
try: warnings.warn("x", int)
except TypeError as e: print(e)
try: warnings.simplefilter("bogus")
except ValueError as e: print("VE", e)
try: warnings.filterwarnings("ignore", category=int)
except TypeError as e: print("TE", e)
print(sorted(k for k in __warningregistry__ if k != 'version'))
import linecache
print(repr(linecache.getline(__file__, 1)), repr(linecache.getline(__file__, 10000)))


warnings.warn_explicit("expl", UserWarning, "nofile.py", 7)
warnings.warn(UserWarning("inst"))
warnings.warn("deep", stacklevel=40)
@warnings.deprecated("use g")
def old(): return 1
print(old(), old.__deprecated__)
warnings.showwarning = lambda *a: print("custom", a[0], a[1].__name__)
warnings.warn("via custom")
