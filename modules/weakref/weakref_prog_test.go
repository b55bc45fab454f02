package weakref_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pygo/pygo/internal/cli"
	"github.com/pygo/pygo/modules/internal/progtest"
)

// Death is observed at gc.collect(), callbacks run there in list order,
// and objects referenced only by finished calls' registers die too.
func TestCallbacksAtCollect(t *testing.T) {
	out := progtest.Run(t, `
import weakref, gc
class C: pass
log = []
def make():
    o = C()
    refs = [weakref.ref(o, lambda r, i=i: log.append(i)) for i in range(3)]
    return refs, weakref.ref(o)
refs, plain = make()
print(plain() is not None, weakref.getweakrefcount(plain()))
gc.collect()
print(plain(), log, [r() for r in refs], [r.__callback__ for r in refs])
o = C()
r = weakref.ref(o)
del o
gc.collect()
print(r(), repr(r).endswith("; dead>"))
`)
	progtest.CompareLines(t, out, "True 4\nNone [2, 1, 0] [None, None, None] [None, None, None]\nNone True\n")
}

// An exception in a callback is reported as unraisable and the other
// callbacks still run; the program goes on.
func TestCallbackError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "prog.py")
	src := `
import weakref, gc
class C: pass
def bad(r): raise ValueError("boom")
def make():
    o = C()
    return weakref.ref(o, lambda r: print("good")), weakref.ref(o, bad)
keep = make()
gc.collect()
print("after")
`
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := cli.Main("pygo", []string{path}, strings.NewReader(""), &out, &errb)
	if code != 0 || out.String() != "good\nafter\n" {
		t.Errorf("exit %d, stdout %q", code, out.String())
	}
	e := errb.String()
	if !strings.HasPrefix(e, "Exception ignored while calling weakref callback <function bad at 0x") ||
		!strings.Contains(e, "ValueError: boom") {
		t.Errorf("stderr %q", e)
	}
}

// Python threads creating references to shared objects and letting
// private ones die while others collect: no lost or duplicated basic refs,
// every callback runs once (run under -race for the registry's locking).
func TestThreads(t *testing.T) {
	out := progtest.Run(t, `
import weakref, gc, threading
class C: pass
shared = [C() for _ in range(4)]
base = [weakref.ref(s) for s in shared]
count = [0]
lock = threading.Lock()
def cb(r):
    with lock:
        count[0] += 1
keep = []
def work(n):
    mine = []
    for i in range(200):
        s = shared[(n + i) % 4]
        assert weakref.ref(s) is base[(n + i) % 4]
        o = C()
        mine.append(weakref.ref(o, cb))
        if i % 50 == 0:
            gc.collect()
    with lock:
        keep.extend(mine)
ts = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in ts: t.start()
for t in ts: t.join()
gc.collect()
gc.collect()
print(count[0], all(r() is None for r in keep), len(keep))
print([weakref.getweakrefcount(s) for s in shared])
`)
	progtest.CompareLines(t, out, "800 True 800\n[1, 1, 1, 1]\n")
}

// The weak containers drop entries whose objects died.
func TestContainers(t *testing.T) {
	out := progtest.Run(t, `
import weakref, gc
class C:
    def __init__(self, n): self.n = n
def fill(wv, wk, ws):
    objs = [C(i) for i in range(5)]
    for o in objs:
        wv[o.n] = o
        wk[o] = o.n
        ws.add(o)
    return objs[:2]
wv, wk, ws = weakref.WeakValueDictionary(), weakref.WeakKeyDictionary(), weakref.WeakSet()
kept = fill(wv, wk, ws)
gc.collect()
print(sorted(wv), sorted(wk.values()), len(ws), sorted(o.n for o in ws))
`)
	progtest.CompareLines(t, out, "[0, 1] [0, 1] 2 [0, 1]\n")
}
