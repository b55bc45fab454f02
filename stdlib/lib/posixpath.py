"""Pathname operations on POSIX paths (pygo's os.path)."""

import os
import stat as _stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath", "isjunction", "isdevdrive", "ALLOW_MISSING"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


class _AllowMissing:
    def __repr__(self):
        return 'os.path.ALLOW_MISSING'


ALLOW_MISSING = _AllowMissing()


def _seps(p):
    if isinstance(p, bytes):
        return b'/', b'.', b'..', b''
    return '/', '.', '..', ''


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    sep = _seps(s)[0]
    return s.startswith(sep)


def join(a, *p):
    a = os.fspath(a)
    sep = _seps(a)[0]
    path = a
    try:
        for b in p:
            b = os.fspath(b)
            if b.startswith(sep) or not path:
                path = b
            elif path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    p = os.fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, extsep = b'/', b'.'
    else:
        sep, extsep = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    p = os.fspath(p)
    sep, _, _, empty = _seps(p)
    if p[:1] != sep:
        return empty, empty, p
    elif p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    else:
        return empty, p[:2], p[2:]


def basename(p):
    p = os.fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    return p[i:]


def dirname(p):
    p = os.fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isdir(s):
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return _stat.S_ISDIR(st.st_mode)


def isfile(path):
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return _stat.S_ISREG(st.st_mode)


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return _stat.S_ISLNK(st.st_mode)


def isjunction(path):
    os.fspath(path)
    return False


def isdevdrive(path):
    os.fspath(path)
    return False


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    if isinstance(path, bytes):
        parent = join(path, b'..')
    else:
        parent = join(path, '..')
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    if s1.st_dev != s2.st_dev:
        return True
    return s1.st_ino == s2.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def expanduser(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        tilde, sep = b'~', b'/'
    else:
        tilde, sep = '~', '/'
    if not path.startswith(tilde):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' not in os.environ:
            return path
        userhome = os.environ['HOME']
    else:
        return path
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def _is_name_char(c):
    return c.isascii() and (c.isalnum() or c == '_')


def expandvars(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        return os.fsencode(expandvars(os.fsdecode(path)))
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            if name and all(_is_name_char(ch) for ch in name) and name in os.environ:
                out.append(os.environ[name])
            else:
                out.append(path[i:j + 1])
            i = j + 1
            continue
        j = i + 1
        while j < n and _is_name_char(path[j]):
            j += 1
        name = path[i + 1:j]
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:j])
        i = j
    return ''.join(out)


def normpath(path):
    path = os.fspath(path)
    sep, curdir, pardir, empty = _seps(path)
    if not path:
        return curdir
    initial_slashes = 1 if path.startswith(sep) else 0
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp == empty or comp == curdir:
            continue
        if (comp != pardir or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == pardir)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or curdir


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = os.getcwdb()
        else:
            cwd = os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = os.fspath(filename)
    isb = isinstance(filename, bytes)
    if isb:
        filename = os.fsdecode(filename)
    path = _realpath(abspath(filename), strict, 0)
    if isb:
        return os.fsencode(path)
    return path


def _realpath(path, strict, depth):
    if depth > 40:
        if strict:
            raise OSError(40, 'Too many levels of symbolic links', path)
        return path
    parts = [p for p in path.split('/') if p]
    resolved = '/'
    for i, part in enumerate(parts):
        if part == '.':
            continue
        if part == '..':
            resolved = dirname(resolved) or '/'
            continue
        candidate = join(resolved, part)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            resolved = join(candidate, *parts[i + 1:])
            return normpath(resolved)
        if _stat.S_ISLNK(st.st_mode):
            target = os.readlink(candidate)
            resolved = _realpath(normpath(join(resolved, target)), strict, depth + 1)
        else:
            resolved = candidate
    return resolved


def relpath(path, start=None):
    path = os.fspath(path)
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        curdir, sep, pardir = b'.', b'/', b'..'
    else:
        curdir, sep, pardir = '.', '/', '..'
    if start is None:
        start = curdir
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    if isinstance(paths[0], bytes):
        sep, curdir = b'/', b'.'
    else:
        sep, curdir = '/', '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        kinds = []
        for p in paths:
            if (p[:1] == sep) not in kinds:
                kinds.append(p[:1] == sep)
        if len(kinds) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        isabs = kinds[0]
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
