# Shared helper for the cases in this folder: print a value's repr or the
# exception it raises.
def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
