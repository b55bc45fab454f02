//go:build !(unix && (amd64 || arm64 || riscv64 || ppc64 || ppc64le || s390x || mips64 || mips64le || loong64))

package py

import "unsafe"

// Portable fallback: no address range is reserved, so Object.Small never
// matches and every int is a heap box. Correct everywhere, just slower.
func reserveSmallInts() (unsafe.Pointer, uint64) { return nil, 0 }
