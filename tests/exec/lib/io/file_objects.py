import io, os
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
p = '/tmp/pygo_case_io/objs.txt'
with open(p, 'w') as f:
    f.write('one\ntwo\n')
f = open(p)
print(type(f).__name__, type(f).__module__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
print(f.name == p, f.mode, f.buffer.mode, f.buffer.raw.mode, f.buffer.name == p, f.buffer.raw.closefd)
print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(f.buffer, io.BufferedReader))
print(isinstance(f.buffer.raw, io.FileIO), isinstance(f.buffer.raw, io.RawIOBase), f.readable(), f.writable(), f.seekable(), f.isatty())
print(type(f.fileno()).__name__, f.fileno() == f.buffer.fileno() == f.buffer.raw.fileno())
print(repr(f).replace(p, 'P'), repr(f.buffer).replace(p, 'P'), repr(f.buffer.raw).replace(p, 'P'))
t('write ro', lambda: f.write('x'))
t('truncate ro', lambda: f.truncate())
f.close()
print(f.closed, f.buffer.closed, f.buffer.raw.closed, repr(f.buffer.raw))
w = open(p, 'a')
t('read wo', lambda: w.read())
t('readline wo', lambda: w.readline())
w.close()
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE > 0, io.UnsupportedOperation.__mro__[1:3], issubclass(io.UnsupportedOperation, ValueError))
print(io.open is open, io.FileIO.__name__, io.TextIOWrapper.__name__, io.BufferedReader.__module__)
raw = io.FileIO(p)
print(raw.read(3), raw.mode, raw.name == p, raw.tell(), raw.read(), raw.read())
raw.close()
raw = io.FileIO(p, 'w')
print(raw.write(b'rawdata'), raw.mode, raw.readable(), raw.writable())
t('raw read wo', lambda: raw.read())
raw.close()
t('raw closed', lambda: raw.write(b'x'))
t('fileio bad mode', lambda: io.FileIO(p, 'rw'))
with open(p) as f:
    print(f.read())
br = io.BufferedReader(io.FileIO(p))
print(br.read(3), br.read())
br.close()
tw = io.TextIOWrapper(io.BufferedReader(io.FileIO(p)), encoding='utf-8')
print(tw.read(), tw.encoding)
tw.close()
tw = io.TextIOWrapper(io.BytesIO(b'mem\nory'), encoding='utf-8')
print(tw.readlines(), tw.encoding)
