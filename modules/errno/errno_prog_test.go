package errno_test

import (
	"testing"

	"github.com/pygo/pygo/modules/internal/progtest"
)

// Symbolic errno values: errorcode inverts the module's names, aliases
// share numbers, and OSError(errno, msg) picks the PEP 3151 subclass for
// each. Numbers themselves are platform-specific, so only relations are
// checked; the expected text is CPython 3.14's output.
func TestErrnoNames(t *testing.T) {
	progtest.CompareLines(t, progtest.Run(t, progSrc), progWant)
}

const progSrc = `import errno
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EACCES], errno.EWOULDBLOCK == errno.EAGAIN, errno.ENOTSUP == errno.EOPNOTSUPP)
for n in ("ENOENT", "EEXIST", "EISDIR", "ENOTDIR", "EACCES", "EPERM", "EAGAIN", "ECHILD", "EINTR", "ESRCH", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "EINVAL"):
    e = OSError(getattr(errno, n), "msg")
    print(n, type(e).__name__, e.errno == getattr(errno, n), e.strerror, errno.errorcode[e.errno] in dir(errno))
print(all(getattr(errno, v) == k for k, v in errno.errorcode.items()))
print(all(isinstance(getattr(errno, n), int) for n in dir(errno) if n.startswith("E")))
try:
    open("/nonexistent-dir/x")
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
`

const progWant = `ENOENT EACCES True True
ENOENT FileNotFoundError True msg True
EEXIST FileExistsError True msg True
EISDIR IsADirectoryError True msg True
ENOTDIR NotADirectoryError True msg True
EACCES PermissionError True msg True
EPERM PermissionError True msg True
EAGAIN BlockingIOError True msg True
ECHILD ChildProcessError True msg True
EINTR InterruptedError True msg True
ESRCH ProcessLookupError True msg True
ECONNREFUSED ConnectionRefusedError True msg True
ETIMEDOUT TimeoutError True msg True
EPIPE BrokenPipeError True msg True
EINVAL OSError True msg True
True
True
True ENOENT
`
