//go:build !unix

package py

// errnoType maps an errno to the OSError subclass (Linux numbering, used as
// the portable default where the host has no POSIX errno table).
func errnoType(n int) *Type {
	switch n {
	case 11, 114, 115:
		return BlockingIOErrorType
	case 10:
		return ChildProcessErrorType
	case 32, 108:
		return BrokenPipeErrorType
	case 103:
		return ConnectionAbortedErrorType
	case 111:
		return ConnectionRefusedErrorType
	case 104:
		return ConnectionResetErrorType
	case 17:
		return FileExistsErrorType
	case 2:
		return FileNotFoundErrorType
	case 21:
		return IsADirectoryErrorType
	case 20:
		return NotADirectoryErrorType
	case 4:
		return InterruptedErrorType
	case 13, 1:
		return PermissionErrorType
	case 3:
		return ProcessLookupErrorType
	case 110:
		return TimeoutErrorType
	}
	return nil
}
