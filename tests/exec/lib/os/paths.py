import os.path as p
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

print(p.join('a', 'b', 'c'), p.join('/a', '/b'), p.join('a/', 'b'), p.join('', 'x'), p.join(b'a', b'b'))
print(p.split('/a/b/c.txt'), p.split('c'), p.split('/'), p.split('a//b'), p.split('//x'))
print(p.splitext('a/b.tar.gz'), p.splitext('.bashrc'), p.splitext('a.b/c'), p.splitext('x..'), p.splitext(b'f.py'))
print(p.basename('/a/b/'), p.basename('/a/b'), p.dirname('/a/b'), p.dirname('a'), p.dirname('///x'))
print(p.isabs('/x'), p.isabs('x'), p.isabs(''), p.splitdrive('/a/b'), p.splitroot('//a/b'), p.splitroot('/a'), p.splitroot('a'))
for s in ['/a/./b/../c', 'a//b/', '../x/..', '', '/..', '//a', '///a', 'a/../..', './']:
    print(repr(s), repr(p.normpath(s)))
print(p.commonprefix(['/usr/lib', '/usr/local']), p.commonprefix([]), p.commonpath(['/usr/lib', '/usr/local/x']), p.commonpath(['a/b', 'a/c']))
t('commonpath mix', lambda: p.commonpath(['/a', 'b']))
t('commonpath empty', lambda: p.commonpath([]))
print(p.relpath('/a/b/c', '/a/d'), p.relpath('/a', '/a'), p.relpath('/a/b', '/'), p.relpath('/x/y', '/x/y/z/w'))
t('relpath empty', lambda: p.relpath(''))
t('join bad', lambda: p.join('a', 5))
t('join mix', lambda: p.join('a', b'b'))
print(p.abspath('/a/b/../c'), p.isabs(p.abspath('x')), p.abspath('x') == p.join(os.getcwd(), 'x'))
os.environ['PYGO_HOME_T'] = '/h/me'
os.environ['HOME'] = '/home/u'
print(p.expanduser('~/x'), p.expanduser('~'), p.expanduser('a~'), p.expandvars('$PYGO_HOME_T/y'), p.expandvars('${PYGO_HOME_T}z'), p.expandvars('$NOPE_X_Y/$'))
print(p.sep, p.pathsep, p.curdir, p.pardir, p.extsep, p.altsep, p.devnull, os.sep, os.linesep == '\n', os.name)
print(p.normcase('ABC'), p.exists('/'), p.isdir('/'), p.isfile('/'), p.exists('/no/such/path'), p.islink('/no/such'), p.lexists('/'))
