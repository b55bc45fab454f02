package gc_test

import (
	"testing"

	"github.com/pygo/pygo/modules/internal/progtest"
)

// collect() frees objects that only finished calls referenced, validates
// its argument, and the bookkeeping functions answer as CPython's do.
func TestCollect(t *testing.T) {
	out := progtest.Run(t, `
import gc, weakref
class C: pass
def make():
    return weakref.ref(C())
r = make()
alive = r() is not None
gc.collect()
print(alive, r())
try:
    gc.collect(3)
except ValueError as e:
    print(e)
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(100, 5); print(gc.get_threshold())
print(gc.garbage, gc.callbacks, gc.collect(generation=1))
`)
	progtest.CompareLines(t, out, "True None\ninvalid generation\nFalse\nTrue\n(100, 5, 0)\n[] [] 0\n")
}
