import importlib
import sys
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

m = importlib.import_module('math')
print(m.__name__, m is sys.modules['math'], m.sqrt(16))
p = importlib.import_module('os.path')
print(p.__name__ in ('posixpath', 'os.path'), p.join('a', 'b'))
t('missing', lambda: importlib.import_module('no_such_module_xyz'))
t('relative no package', lambda: importlib.import_module('.x'))
t('bad type', lambda: importlib.import_module(5))
t('empty', lambda: importlib.import_module(''))
print(importlib.import_module('errno').ENOENT == __import__('errno').ENOENT)
r = importlib.reload(m)
print(r is m, r.pi)
t('reload non-module', lambda: importlib.reload(5))
