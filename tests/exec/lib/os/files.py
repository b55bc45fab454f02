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

d = '/tmp/pygo_case_os_files'
os.makedirs(d, exist_ok=True)
for n in os.listdir(d):
    os.remove(os.path.join(d, n))
f = os.path.join(d, 'a.txt')
fd = os.open(f, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b'hello world\n'), os.write(fd, b'second'))
os.close(fd)
fd = os.open(f, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, -3, os.SEEK_END), os.read(fd, 10), os.lseek(fd, 0, os.SEEK_CUR))
st = os.fstat(fd)
print(st.st_size, st[6], type(st).__name__, len(st))
os.close(fd)
t('close again', lambda: os.close(fd))
t('read closed', lambda: os.read(fd, 1))
st = os.stat(f)
import stat
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_IMODE(st.st_mode) & 0o600, type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__)
print(os.path.getsize(f), os.path.isfile(f), os.path.isdir(f), os.path.exists(f))
os.rename(f, os.path.join(d, 'b.txt'))
print(sorted(os.listdir(d)), os.path.exists(f))
os.replace(os.path.join(d, 'b.txt'), os.path.join(d, 'c.txt'))
print(sorted(os.listdir(d)))
os.unlink(os.path.join(d, 'c.txt'))
print(os.listdir(d))
t('stat missing', lambda: os.stat(os.path.join(d, 'missing')))
t('remove missing', lambda: os.remove(os.path.join(d, 'missing')))
t('open missing', lambda: os.open(os.path.join(d, 'missing'), os.O_RDONLY))
t('rename missing', lambda: os.rename(os.path.join(d, 'm1'), os.path.join(d, 'm2')))
t('listdir missing', lambda: os.listdir(os.path.join(d, 'missing')))
t('stat bad type', lambda: os.stat(1.5))
t('stat none', lambda: os.stat(None))
t('write str', lambda: os.write(1, 'x'))
t('excl', lambda: os.open(d, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
