# Evaluates each line of a cases file as a Python expression and prints its
# repr (or "ExcType: message"), one line per case: the golden file for
# eval_test.go. Run under the CPython oracle (hash cases: a 64-bit CPython).
import sys

def lst(x, name, *args, **kw):
    getattr(x, name)(*args, **kw)
    return x

def setitem(x, k, v):
    x[k] = v
    return x

def delitem(x, k):
    del x[k]
    return x

def iadd(a, b):
    a += b
    return a

def ior(a, b):
    a |= b
    return a

def isub(a, b):
    a -= b
    return a

def imul(a, b):
    a *= b
    return a

def selfref(c):
    if isinstance(c, list):
        c.append(c)
    else:
        c['self'] = c
    return c

def allitems(x):
    return list(x)

env = dict(lst=lst, setitem=setitem, delitem=delitem, iadd=iadd, ior=ior, isub=isub,
           imul=imul, selfref=selfref, allitems=allitems)
import os
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cases.txt')
for line in open(path, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    try:
        r = repr(eval(line, dict(env)))
    except BaseException as e:
        r = type(e).__name__ + ': ' + str(e)
    print(r.replace('\\', '\\\\').replace('\n', '\\n'))
