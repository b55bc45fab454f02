//go:build !unix

package micro

import "unsafe"

// The product needs a per-platform reservation (VirtualAlloc MEM_RESERVE on
// Windows; a boxed-int fallback on wasm). This benchmark package only models
// the unix one.
func reserveAddresses(n int) unsafe.Pointer {
	panic("bench/micro: small-int address reservation is implemented for unix only")
}
