import io
def t(label, f):
    try:
        r = f()
    except OSError as e:
        print(label, "->", type(e).__name__, e.strerror if e.errno else e, e.filename)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

b = io.BytesIO()
print(b.write(b'hello'), b.write(b' world\n'), b.write(b'x'), b.tell(), b.getvalue())
print(b.seek(0), b.read(5), b.readline(), b.readline(), b.readline(), b.tell())
b = io.BytesIO(b'a\nb\nc')
print(b.readlines(), b.seek(0), list(b), b.read(), b.seek(-2, 2), b.read(), b.seek(-1, 1), b.read1(5))
b = io.BytesIO(b'abcdef')
b.seek(2); b.write(b'XY'); print(b.getvalue())
b.seek(8); b.write(b'Z'); print(b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell(), b.seek(0, 2), b.seek(100), b.read(), b.tell())
print(io.BytesIO(b'abc').read(-1), io.BytesIO(b'abc').read(None), io.BytesIO().read(), io.BytesIO(b'a\nb').readline(1))
with io.BytesIO(b'ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
t('closed read', lambda: c.read())
t('closed getvalue', lambda: c.getvalue())
t('closed tell', lambda: c.tell())
t('neg seek', lambda: io.BytesIO(b'x').seek(-1))
t('whence', lambda: io.BytesIO(b'x').seek(0, 3))
t('init str', lambda: io.BytesIO('x'))
t('write str', lambda: io.BytesIO().write('x'))
t('seek str', lambda: io.BytesIO().seek('x'))
t('truncate neg', lambda: io.BytesIO().truncate(-1))
b = io.BytesIO(b'q')
print(b.readable(), b.writable(), b.seekable(), b.isatty(), isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.RawIOBase))
t('fileno', lambda: b.fileno())
b.writelines([b'1', b'2'])
print(b.getvalue(), type(b).__name__)
