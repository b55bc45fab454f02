import warnings
def w(msg, cat=UserWarning):
    warnings.warn(msg, cat, stacklevel=2)
for action in ["default", "always", "module", "once", "ignore"]:
    warnings.resetwarnings()
    warnings.simplefilter(action)
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        for i in range(3):
            w("same")
        w("same")
        w("other")
    print(action, len(log), [str(m.message) for m in log], [m.lineno for m in log])
warnings.resetwarnings()
print(warnings.filters)
warnings.filterwarnings("error", category=RuntimeWarning)
warnings.filterwarnings("ignore", category=Warning, lineno=18)
warnings.warn("ignored by lineno", RuntimeWarning)
try:
    warnings.warn("raised", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", type(e).__name__, e)
print([(f[0], f[2].__name__, f[4]) for f in warnings.filters])
warnings.simplefilter("ignore", append=True)
warnings.simplefilter("ignore", append=True)
print(len(warnings.filters))
for bad in [lambda: warnings.simplefilter("x"), lambda: warnings.simplefilter("ignore", lineno=-1),
            lambda: warnings.simplefilter("ignore", lineno="1"), lambda: warnings.filterwarnings("ignore", message=1),
            lambda: warnings.filterwarnings("ignore", module=2), lambda: warnings.filterwarnings("ignore", category=str),
            lambda: warnings.warn("m", category=5), lambda: warnings.warn("m", skip_file_prefixes=["a"])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
warnings.resetwarnings()
warnings.simplefilter("default")
def g():
    warnings.warn("reg")
g(); g()
print(sorted(k for k in g.__globals__["__warningregistry__"] if k != "version"))
warnings.simplefilter("default")
g()
m = warnings.WarningMessage("msg", UserWarning, "f.py", 3)
print(str(m))
print(warnings.WarningMessage("x", None, "f", 1)._category_name)
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
cw = warnings.catch_warnings()
with cw:
    try:
        with cw: pass
    except RuntimeError as e:
        print(type(e).__name__, e)
warnings.warn_explicit("explicit", DeprecationWarning, "x.py", 5, module="__main__")
warnings.warn_explicit("explicit2", DeprecationWarning, "x.py", 5, module="other")
warnings.resetwarnings()
warnings.warn_explicit(UserWarning("inst"), None, "<string>", 1)
