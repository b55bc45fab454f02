//go:build unix && (amd64 || arm64 || riscv64 || ppc64 || ppc64le || s390x || mips64 || mips64le || loong64)

package py

import (
	"syscall"
	"unsafe"
)

// reserveSmallInts reserves 2^40 bytes of address space, never mapped
// readable (PROT_NONE, MAP_NORESERVE: nothing is committed). Addresses inside
// it can never alias a Go object and the GC ignores pointers outside its
// arenas, so a small int is encoded as such an address without allocating.
func reserveSmallInts() (unsafe.Pointer, uint64) {
	const span = uint64(1) << (smallBits + 1)
	b, err := syscall.Mmap(-1, 0, int(span), syscall.PROT_NONE,
		syscall.MAP_PRIVATE|syscall.MAP_ANON|syscall.MAP_NORESERVE)
	if err != nil {
		return nil, 0 // fall back to boxing every int
	}
	return unsafe.Pointer(unsafe.SliceData(b)), span
}
