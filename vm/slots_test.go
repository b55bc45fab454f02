package vm

import (
	"runtime"
	"testing"
	"unsafe"

	"github.com/pygo/pygo/py"
)

// Slot values live in the instance: churning through many short-lived
// instances (whose addresses the allocator reuses) never loses or mixes up
// a member, for object-layout classes, builtin subclasses and exceptions.
func TestSlotsSurviveAddressReuse(t *testing.T) {
	src := `
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class L(list):
    __slots__ = ("tag",)
class I(int):
    pass
class E(Exception):
    __slots__ = ("code",)
bad = 0
for r in range(20):
    acc = Vec(0, 0)
    for i in range(2000):
        v = Vec(i, -i)
        acc = Vec(acc.x + v.x, acc.y + v.y)
        l = L(); l.tag = i
        n = I(i); n.a = i
        e = E(); e.code = i
        if l.tag != i or n.a != i or e.code != i:
            bad += 1
    if acc.x != 1999000 or acc.y != -1999000:
        bad += 1
print(bad)
`
	done := make(chan struct{})
	go func() { // provoke collections (and so cleanups) while the program runs
		for {
			select {
			case <-done:
				return
			default:
				runtime.GC()
			}
		}
	}()
	out, exc := run(t, src)
	close(done)
	if exc != "" || out != "0\n" {
		t.Fatalf("got %q, %q", out, exc)
	}
}

// A slotted instance keeps its values in the same allocation, right after
// the Instance header, for the common sizes.
func TestSlottedInstanceInline(t *testing.T) {
	typ, e := py.NewType("S", nil, nil)
	if e != nil {
		t.Fatal(e)
	}
	typ.VM = &classInfo{nslots: 3, noDict: true}
	o := newInstance(typ)
	inst := (*Instance)(o.Ptr())
	if len(inst.slots) != 3 {
		t.Fatalf("len(slots) = %d", len(inst.slots))
	}
	if uintptr(unsafe.Pointer(&inst.slots[0])) != uintptr(o.Ptr())+unsafe.Sizeof(Instance{}) {
		t.Fatalf("slot values are not inline")
	}
	big := (*Instance)(newSlottedInstance(typ, 20).Ptr())
	if len(big.slots) != 20 {
		t.Fatalf("len(slots) = %d", len(big.slots))
	}
}

// The side table of builtin-subclass instances never hands a dead object's
// entry to a new object at the same address.
func TestSideEntryStale(t *testing.T) {
	typ, e := py.NewType("LS", []*py.Type{py.ListType}, nil)
	if e != nil {
		t.Fatal(e)
	}
	for i := 0; i < 2000; i++ {
		l := py.NewList(nil)
		o := l.Obj()
		(*py.Head)(o.Ptr()).SetType(typ)
		d := subclassDict(o)
		if d.Len() != 0 {
			t.Fatalf("new object sees %d stale attributes", d.Len())
		}
		d.SetStr(py.Intern("a"), py.MakeInt(int64(i)))
		if i%100 == 0 {
			runtime.GC()
		}
	}
}
