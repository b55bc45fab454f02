import os, io
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
p = '/tmp/pygo_case_io/binary.bin'
with open(p, 'wb') as f:
    print(type(f).__name__, f.write(b'\x00\x01\x02abc\n'), f.write(bytes(range(250, 256))), f.mode, f.raw.mode, type(f.raw).__name__)
with open(p, 'rb') as f:
    print(type(f).__name__, f.read(3), f.peek(1)[:1], f.read1(2), f.readline(), f.read(), f.read(), f.tell())
    print(f.seek(0), f.read(2), f.seek(2, 1), f.read(1), f.seek(-2, 2), f.read(), f.seek(0, 2))
with open(p, 'r+b') as f:
    print(type(f).__name__, f.mode, f.read(3), f.write(b'XYZ'), f.tell(), f.seek(0), f.read())
    f.seek(0)
    f.truncate(4)
with open(p, 'rb') as f:
    print(f.read(), list(open(p, 'rb')))
with open(p, 'ab') as f:
    f.write(b'++')
    print(f.tell())
with open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(2), f.readall(), f.read(), f.mode, f.closefd, f.seekable(), f.readable(), f.writable())
t('write on rb', lambda: open(p, 'rb').write(b'x'))
t('read on wb', lambda: open(p, 'ab').read())
t('write str', lambda: open(p, 'ab').write('s'))
t('enc binary', lambda: open(p, 'rb', encoding='utf-8'))
t('errors binary', lambda: open(p, 'rb', errors='strict'))
t('newline binary', lambda: open(p, 'rb', newline=''))
f = open(p, 'rb'); f.close()
t('closed read', lambda: f.read())
t('closed readline', lambda: f.readline())
t('closed tell', lambda: f.tell())
print(f.closed, isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase))
