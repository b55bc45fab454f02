//go:build unix

package py

import "syscall"

// errnoType maps an errno to the OSError subclass CPython picks for it.
func errnoType(n int) *Type {
	e := syscall.Errno(n)
	if e == syscall.EAGAIN || e == syscall.EWOULDBLOCK || e == syscall.EALREADY || e == syscall.EINPROGRESS {
		return BlockingIOErrorType
	}
	switch e {
	case syscall.ECHILD:
		return ChildProcessErrorType
	case syscall.EPIPE, syscall.ESHUTDOWN:
		return BrokenPipeErrorType
	case syscall.ECONNABORTED:
		return ConnectionAbortedErrorType
	case syscall.ECONNREFUSED:
		return ConnectionRefusedErrorType
	case syscall.ECONNRESET:
		return ConnectionResetErrorType
	case syscall.EEXIST:
		return FileExistsErrorType
	case syscall.ENOENT:
		return FileNotFoundErrorType
	case syscall.EISDIR:
		return IsADirectoryErrorType
	case syscall.ENOTDIR:
		return NotADirectoryErrorType
	case syscall.EINTR:
		return InterruptedErrorType
	case syscall.EACCES, syscall.EPERM:
		return PermissionErrorType
	case syscall.ESRCH:
		return ProcessLookupErrorType
	case syscall.ETIMEDOUT:
		return TimeoutErrorType
	}
	return nil
}
