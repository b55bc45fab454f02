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
p = '/tmp/pygo_case_io/newlines.txt'
with open(p, 'wb') as f:
    f.write(b'a\nb\r\nc\rd\n\re')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, 'w', newline=nl) as f:
        f.write('x\ny\r\nz')
    with open(p, 'rb') as f:
        print('write', repr(nl), f.read())
t('bad newline', lambda: open(p, newline='x'))
t('newline type', lambda: open(p, newline=5))
with open(p, 'wb') as f:
    f.write(b'1\r\n2\r\n3')
with open(p) as f:
    print(repr(f.read(2)), repr(f.read(2)), repr(f.read()))
