package micro

import (
	"hash/maphash"
	"math/bits"
	"unsafe"
)

// strSeed is the per-process random seed (Python's hash randomisation).
var strSeed = maphash.MakeSeed()

// strHash is the chosen str hash: runtime's AES-based hash via maphash.
func strHash(s string) uint64 { return maphash.String(strSeed, s) }

func fnv1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// wyMix-style hash: 8 bytes per step with a 128-bit multiply fold.
func wyHash(s string, seed uint64) uint64 {
	const p0, p1 = 0xa0761d6478bd642f, 0xe7037ed1a0b428db
	h := seed ^ p0
	p := unsafe.StringData(s)
	n := len(s)
	i := 0
	for ; i+8 <= n; i += 8 {
		w := *(*uint64)(unsafe.Add(unsafe.Pointer(p), i))
		hi, lo := bits.Mul64(h^w, p1)
		h = hi ^ lo
	}
	var t uint64
	for j := 0; i+j < n; j++ {
		t |= uint64(*(*byte)(unsafe.Add(unsafe.Pointer(p), i+j))) << (8 * j)
	}
	hi, lo := bits.Mul64(h^t^uint64(n), p1^p0)
	return hi ^ lo
}
