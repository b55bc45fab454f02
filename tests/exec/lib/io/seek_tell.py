import os
def t(label, f):
    try:
        r = f()
    except OSError as e:
        print(label, "->", type(e).__name__, e.strerror if e.errno else e, e.filename)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

os.makedirs('/tmp/pygo_case_io', exist_ok=True)
p = '/tmp/pygo_case_io/seek.txt'
with open(p, 'w') as f:
    f.write('first\nsecond\nthird\n')
    print(f.tell())
with open(p) as f:
    print(f.tell(), repr(f.readline()), f.tell())
    pos = f.tell()
    print(repr(f.readline()), f.seek(pos), repr(f.readline()), f.tell())
    print(f.seek(0), repr(f.read(3)), f.tell(), f.seek(0, 2), repr(f.read()), f.seek(0, 1))
    t('cur nonzero', lambda: f.seek(1, 1))
    t('end nonzero', lambda: f.seek(-1, 2))
    t('bad whence', lambda: f.seek(0, 7))
    t('neg pos', lambda: f.seek(-5))
    t('seek str', lambda: f.seek('a'))
with open(p, 'w', encoding='utf-8') as f:
    f.write('héllo\nwörld\n')
with open(p, encoding='utf-8') as f:
    print(repr(f.readline()), f.tell(), repr(f.read(2)), f.tell())
with open(p, 'r+') as f:
    f.seek(0, 2)
    f.write('end\n')
    f.seek(0)
    print(f.readlines())
    print(f.truncate(6), f.tell())
with open(p) as f:
    print(repr(f.read()))
f = open(p)
f.close()
for name in ['read', 'readline', 'tell', 'readlines', '__next__']:
    t('closed ' + name, lambda: getattr(f, name)())
t('closed seek', lambda: f.seek(0))
t('closed write', lambda: f.write('x'))
t('closed enter', lambda: f.__enter__())
t('closed fileno', lambda: f.fileno())
t('closed iter', lambda: iter(f))
print(f.closed, repr(f.close()))
