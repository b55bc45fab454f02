//go:build unix

package micro

import (
	"syscall"
	"unsafe"
)

// reserveAddresses reserves n bytes of address space that is never mapped
// readable (PROT_NONE, MAP_NORESERVE: no memory is committed). Pointers into it
// can never alias a Go object, and the GC ignores pointers outside its heap
// arenas, so an int can be encoded as such an address without allocation.
func reserveAddresses(n int) unsafe.Pointer {
	b, err := syscall.Mmap(-1, 0, n, syscall.PROT_NONE,
		syscall.MAP_PRIVATE|syscall.MAP_ANON|syscall.MAP_NORESERVE)
	if err != nil {
		return nil
	}
	return unsafe.Pointer(&b[0])
}
