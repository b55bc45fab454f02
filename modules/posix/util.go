package posix

import "unsafe"

func unsafePtr(b *[64]byte) unsafe.Pointer { return unsafe.Pointer(b) }
