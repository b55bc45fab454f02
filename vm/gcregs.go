package vm

import "unsafe"

// ClearDeadRegisters zeroes registers of t that no live frame can read,
// for gc.collect(): a returned call leaves its last values in the
// registers it used (a call clears its window on entry, not on return),
// and those stale words would keep dead objects reachable for Go's
// collector. args are the arguments of the builtin call in progress.
//
// What is cleared: the registers above the innermost frame's window, and,
// when args is the empty argument list the eval loop passed for a call
// made directly from that frame (a zero-length subslice of its
// registers), every register above it — callee windows start at the
// call's arguments, and temporaries above a call's arguments are dead
// while it runs. Temporaries below the call (earlier statements' values
// in registers not reused since) are not. The argument-binding scratch
// buffer is cleared too. Only t's own goroutine may call it, from a
// builtin.
func (t *Thread) ClearDeadRegisters(args []Object) {
	clear(t.scratch[:cap(t.scratch)])
	f := t.top()
	if f == nil {
		clear(t.chunk)
		return
	}
	regs := f.regs[:cap(f.regs)]
	if len(args) == 0 && cap(args) > 0 && len(regs) > 0 {
		base := uintptr(unsafe.Pointer(unsafe.SliceData(regs)))
		p := uintptr(unsafe.Pointer(unsafe.SliceData(args)))
		size := unsafe.Sizeof(Object{})
		if p >= base && p < base+uintptr(len(f.regs))*size {
			clear(regs[(p-base)/size:])
			return
		}
	}
	if f.gen == nil {
		clear(f.regs[len(f.regs):cap(f.regs)])
	}
}
