import os
def t(label, f):
    try:
        r = f()
    except OSError as e:
        print(label, "->", type(e).__name__, e.strerror, e.filename)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

os.environ['PYGO_T1'] = 'one'
print(os.environ['PYGO_T1'], os.getenv('PYGO_T1'), os.getenv('PYGO_NOPE'), os.getenv('PYGO_NOPE', 'dflt'), 'PYGO_T1' in os.environ)
print(os.environ.get('PYGO_T1'), os.environ.get('PYGO_NOPE', 5), os.environ.setdefault('PYGO_T2', 'two'), os.environ.setdefault('PYGO_T2', 'x'))
del os.environ['PYGO_T1']
print('PYGO_T1' in os.environ, os.getenv('PYGO_T1'))
t('missing key', lambda: os.environ['PYGO_NOPE'])
t('del missing', lambda: os.environ.__delitem__('PYGO_NOPE'))
t('set int', lambda: os.environ.__setitem__('PYGO_X', 1))
t('set int key', lambda: os.environ.__setitem__(1, 'x'))
print(os.environ.pop('PYGO_T2'), os.environ.pop('PYGO_T2', 'gone'))
os.environ.update({'PYGO_U1': 'a', 'PYGO_U2': 'b'})
print(sorted(k for k in os.environ if k.startswith('PYGO_U')), len(os.environ) > 2, type(os.environ.copy()).__name__)
os.putenv('PYGO_P', 'p')
os.unsetenv('PYGO_P')
t('putenv bad', lambda: os.putenv('A=B', 'x'))
print(os.environb.get(b'PYGO_U1'), os.fsencode('abc'), os.fsdecode(b'abc'), os.fspath('x'), os.fspath(b'y'))
class P:
    def __fspath__(self):
        return '/tmp'
print(os.fspath(P()), os.path.join(P(), 'x'), os.path.isdir(P()))
t('fspath int', lambda: os.fspath(1))
class Bad:
    def __fspath__(self):
        return 1
t('fspath bad', lambda: os.fspath(Bad()))
print(type(os.getpid()).__name__, os.getpid() > 0, type(os.getppid()).__name__, os.cpu_count() >= 1, len(os.urandom(8)), os.urandom(0))
print(type(os.strerror(2)).__name__, os.error is OSError, os.curdir, os.pardir, os.devnull)
print(os.get_terminal_size.__name__, os.terminal_size((80, 24)), os.terminal_size((1, 2)).columns)
