package vm

import (
	"testing"
	"unsafe"

	"github.com/pygo/pygo/py"
)

// Per-thread state written on hot paths (py.Thread's float slab index and
// depth, vm.Thread's frame count) must not share a cache line with another
// thread's: Start allocates threads back to back, so their sizes are kept
// multiples of the 64-byte line (Go's size classes for those sizes are
// multiples of 64 too, so each object starts on a line).
func TestThreadStateCacheLinePadded(t *testing.T) {
	if s := unsafe.Sizeof(py.Thread{}); s%64 != 0 {
		t.Errorf("unsafe.Sizeof(py.Thread{}) = %d, want a multiple of 64: adjust its padding", s)
	}
	if s := unsafe.Sizeof(Thread{}); s%64 != 0 {
		t.Errorf("unsafe.Sizeof(vm.Thread{}) = %d, want a multiple of 64: adjust its padding", s)
	}
}
