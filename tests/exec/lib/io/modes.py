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
p = '/tmp/pygo_case_io/modes.txt'
with open(p, 'w') as f:
    f.write('data')
for mode in ['r', 'rb', 'rt', 'r+', 'r+b', 'a', 'ab', 'a+', 'w+', 'rz', 'rw', 'U', 'tb', '', 'rbb', 'wx', 'r++', 'x', 'bt']:
    def op():
        with open(p, mode) as f:
            return type(f).__name__, f.mode
    t(repr(mode), op)
t('mode int', lambda: open(p, 5))
t('buffering text 0', lambda: open(p, 'r', buffering=0))
t('buffering float', lambda: open(p, 'r', buffering=1.5))
t('file float', lambda: open(1.5))
t('file none', lambda: open(None))
t('missing', lambda: open('/tmp/pygo_case_io/nope/missing.txt'))
t('is dir', lambda: open('/tmp/pygo_case_io'))
t('bad encoding', lambda: open(p, encoding='no-such-codec'))
t('encoding type', lambda: open(p, encoding=5))
t('kw', lambda: open(file=p, mode='r').read())
t('bad kw', lambda: open(p, bogus=1))
t('no args', lambda: open())
x = '/tmp/pygo_case_io/excl.txt'
if os.path.exists(x):
    os.remove(x)
with open(x, 'x') as f:
    f.write('new')
t('x exists', lambda: open(x, 'x'))
with open(p, 'w+') as f:
    f.write('hello')
    f.seek(0)
    print(f.read(), f.tell())
with open(p, 'a+') as f:
    f.write('!')
    f.seek(0)
    print(f.read())
with open(p, 'r+') as f:
    print(f.read(2))
    f.write('XX')
    f.seek(0)
    print(f.read())
