"""Constants and functions for interpreting os.stat() results (pygo)."""

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID = 0, 1, 2, 3, 4, 5
ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = 6, 7, 8, 9

S_IFMT_MASK = 0o170000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001


def S_IMODE(mode):
    return mode & 0o7777


def S_IFMT(mode):
    return mode & 0o170000


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_kinds = ((S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'), (S_IFBLK, 'b'),
          (S_IFDIR, 'd'), (S_IFCHR, 'c'), (S_IFIFO, 'p'))


def filemode(mode):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'."""
    out = []
    for bit, ch in _kinds:
        if S_IFMT(mode) == bit:
            out.append(ch)
            break
    else:
        out.append('?')
    for who, (r, w, x, special, sch, sch_nox) in enumerate((
            (S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's', 'S'),
            (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's', 'S'),
            (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't', 'T'))):
        out.append('r' if mode & r else '-')
        out.append('w' if mode & w else '-')
        if mode & special:
            out.append(sch if mode & x else sch_nox)
        else:
            out.append('x' if mode & x else '-')
    return ''.join(out)


del S_IFMT_MASK
