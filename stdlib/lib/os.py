"""OS routines for POSIX systems (pygo): the posix module plus the
portable helpers written over it."""

import sys
import posix
from posix import *
import stat as _stat

name = 'posix'
linesep = '\n'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
error = OSError
supports_bytes_environ = True
supports_dir_fd = set()
supports_fd = {posix.stat, posix.listdir}
supports_effective_ids = set()
supports_follow_symlinks = {posix.stat}

import posixpath as path
sys.modules['os.path'] = path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

_fspath = posix.fspath


def fspath(path):
    """Return the file system path representation of the object."""
    return _fspath(path)


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented

    def __class_getitem__(cls, item):
        return cls


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def get_exec_path(env=None):
    if env is None:
        env = environ
    p = env.get('PATH')
    if p is None:
        p = defpath
    return p.split(pathsep)


class _Environ:
    """os.environ: a str mapping that writes through to the process
    environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def _check(self, value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def __setitem__(self, key, value):
        key = self._check(key)
        value = self._check(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        self._check(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        if key in self._data:
            return self._data[key]
        return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        if key in self._data:
            v = self._data[key]
            del self[key]
            return v
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for k in self._data:
            v = self._data[k]
            del self[k]
            return k, v
        raise KeyError('popitem(): dictionary is empty')

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), **kw):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __or__(self, other):
        if not isinstance(other, dict) and not isinstance(other, _Environ):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        items = ', '.join('%r: %r' % (k, v) for k, v in self._data.items())
        return 'environ({%s})' % items


environ = _Environ({fsdecode(k): fsdecode(v) for k, v in posix.environ.items()})
del posix.environ


class _Environb:
    def __getitem__(self, key):
        return fsencode(environ[fsdecode(key)])

    def __setitem__(self, key, value):
        environ[fsdecode(key)] = fsdecode(value)

    def __delitem__(self, key):
        del environ[fsdecode(key)]

    def __iter__(self):
        return iter([fsencode(k) for k in environ])

    def __len__(self):
        return len(environ)

    def __contains__(self, key):
        return fsdecode(key) in environ

    def get(self, key, default=None):
        k = fsdecode(key)
        if k in environ:
            return fsencode(environ[k])
        return default


environb = _Environb()


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def getenvb(key, default=None):
    return environb.get(key, default)


class DirEntry:
    """An entry of os.scandir(): a name with cached file-type queries."""

    __slots__ = ('name', 'path', '_type', '_ino', '_stat', '_lstat')

    def __init__(self, name, path, dtype, ino):
        self.name = name
        self.path = path
        self._type = dtype
        self._ino = ino
        self._stat = None
        self._lstat = None

    def inode(self):
        return self._ino

    def is_symlink(self):
        return self._type == 3

    def is_dir(self, *, follow_symlinks=True):
        if self._type == 3 and follow_symlinks:
            try:
                return _stat.S_ISDIR(self.stat().st_mode)
            except FileNotFoundError:
                return False
        return self._type == 1

    def is_file(self, *, follow_symlinks=True):
        if self._type == 3 and follow_symlinks:
            try:
                return _stat.S_ISREG(self.stat().st_mode)
            except FileNotFoundError:
                return False
        return self._type == 2

    def is_junction(self):
        return False

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __class_getitem__(cls, item):
        return cls


class _ScandirIterator:
    def __init__(self, entries):
        self._entries = entries
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= len(self._entries):
            raise StopIteration
        e = self._entries[self._i]
        self._i += 1
        return e

    def close(self):
        self._i = len(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """Return an iterator of DirEntry objects for the given path."""
    if path is None:
        raw = posix._scandir()
    else:
        raw = posix._scandir(path)
    return _ScandirIterator([DirEntry(*r) for r in raw])


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    sys.audit("os.walk", top, topdown, onerror, followlinks)
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        is_symlink = entry.is_symlink()
                    except OSError:
                        is_symlink = False
                    walk_into = not is_symlink
                if walk_into:
                    walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def get_terminal_size(fd=1):
    """Get the size of the terminal window as (columns, lines)."""
    try:
        columns = int(environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = posix.get_terminal_size(fd)
        except (AttributeError, ValueError, OSError):
            size = terminal_size((80, 24))
        if columns <= 0:
            columns = size.columns or 80
        if lines <= 0:
            lines = size.lines or 24
    return terminal_size((columns, lines))


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def get_blocking(fd):
    return True


def set_blocking(fd, blocking):
    pass


def get_inheritable(fd):
    return False


def set_inheritable(fd, inheritable):
    pass


def process_cpu_count():
    return cpu_count()


def _exit(n):
    raise SystemExit(n)


def system(command):
    raise OSError(38, 'Function not implemented')


def times():
    import time
    t = time.process_time()
    return (t, 0.0, 0.0, 0.0, time.monotonic())


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    pass


def listxattr(*args, **kwargs):
    return []
