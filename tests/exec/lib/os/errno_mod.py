import errno, os
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

print(type(errno.ENOENT).__name__, errno.errorcode[errno.ENOENT], errno.errorcode[errno.EEXIST], errno.errorcode[errno.EACCES])
for name in ['EPERM', 'ENOENT', 'EINTR', 'EBADF', 'EAGAIN', 'EEXIST', 'ENOTDIR', 'EISDIR', 'EINVAL', 'EPIPE', 'ENOTEMPTY', 'ETIMEDOUT']:
    print(name, hasattr(errno, name), errno.errorcode.get(getattr(errno, name)) in (name, 'EWOULDBLOCK', 'EAGAIN'))
for code, cls in [(errno.ENOENT, FileNotFoundError), (errno.EEXIST, FileExistsError), (errno.EACCES, PermissionError),
                  (errno.EISDIR, IsADirectoryError), (errno.ENOTDIR, NotADirectoryError), (errno.EAGAIN, BlockingIOError),
                  (errno.EINTR, InterruptedError), (errno.EPIPE, BrokenPipeError), (errno.ETIMEDOUT, TimeoutError), (errno.EINVAL, OSError)]:
    e = OSError(code, 'msg', 'fname')
    print(type(e).__name__, type(e) is cls, e.strerror, e.filename, e.errno == code)
try:
    os.stat('/tmp/pygo_case_errno_missing')
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT, e.strerror, e.filename, e.filename2, type(e.args).__name__, len(e.args))
try:
    os.rename('/tmp/pygo_case_errno_m1', '/tmp/pygo_case_errno_m2')
except OSError as e:
    print(type(e).__name__, e.filename, e.filename2, e.errno == errno.ENOENT)
