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

base = '/tmp/pygo_case_os_dirs'
def rmtree(p):
    if os.path.isdir(p):
        for n in os.listdir(p):
            rmtree(os.path.join(p, n))
        os.rmdir(p)
    elif os.path.exists(p):
        os.remove(p)
rmtree(base)
os.mkdir(base)
t('mkdir again', lambda: os.mkdir(base))
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
t('makedirs again', lambda: os.makedirs(os.path.join(base, 'a', 'b')))
print(os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True))
for name in ['x.txt', 'a/y.txt', 'a/b/z.txt']:
    fd = os.open(os.path.join(base, name), os.O_CREAT | os.O_WRONLY)
    os.write(fd, name.encode())
    os.close(fd)
for root, dirs, files in os.walk(base):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print('up', os.path.relpath(root, base), sorted(dirs), sorted(files))
with os.scandir(base) as it:
    ents = sorted(it, key=lambda e: e.name)
for e in ents:
    print(e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else '-', repr(e))
print(sorted(e.name for e in os.scandir(os.path.join(base, 'a'))))
t('rmdir nonempty', lambda: os.rmdir(os.path.join(base, 'a')))
t('rmdir missing', lambda: os.rmdir(os.path.join(base, 'nope')))
t('rmdir file', lambda: os.rmdir(os.path.join(base, 'x.txt')))
t('listdir file', lambda: os.listdir(os.path.join(base, 'x.txt')))
os.remove(os.path.join(base, 'a', 'b', 'z.txt'))
os.removedirs(os.path.join(base, 'a', 'b', 'c'))
print(os.path.exists(os.path.join(base, 'a', 'b')), os.path.exists(os.path.join(base, 'a')))
old = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, sorted(os.listdir()), sorted(os.listdir('.')), os.path.abspath('q') == os.path.join(base, 'q'))
os.chdir(old)
t('chdir missing', lambda: os.chdir('/tmp/pygo_case_no_such_dir'))
rmtree(base)
print(os.path.exists(base))
