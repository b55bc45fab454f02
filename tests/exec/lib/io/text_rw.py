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
p = '/tmp/pygo_case_io/text_rw.txt'
with open(p, 'w') as f:
    print(f.write('line one\n'), f.write('line two\n'), f.write('é ünïcode ✓\n'), f.write('last'))
    print(f.mode, f.name == p, f.closed, f.writable(), f.readable(), f.encoding, f.errors, f.line_buffering)
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(p) as f:
    print(f.readlines())
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p) as f:
    print(repr(f.read(4)), repr(f.read(6)), repr(f.readline(3)), repr(f.readline()), repr(f.read(0)), repr(f.read(100)), repr(f.read()))
with open(p, 'a') as f:
    f.write('\nappended')
with open(p, encoding='utf-8') as f:
    lines = f.read().splitlines()
print(lines, len(lines))
with open(p, 'rt') as f:
    print(f.readlines(10))
with open(p, 'w', encoding='latin-1') as f:
    f.write('café')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='latin-1') as f:
    print(f.read(), f.encoding)
with open(p, 'w', encoding='ascii') as f:
    t('ascii encode', lambda: f.write('é'))
with open(p, 'w', encoding='ascii', errors='replace') as f:
    f.write('aéb')
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'wb') as f:
    f.write(b'ok\xffbad')
with open(p, errors='replace') as f:
    print(repr(f.read()))
with open(p, errors='ignore') as f:
    print(repr(f.read()))
