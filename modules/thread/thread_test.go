package thread_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pygo/pygo/internal/cli"
)

// run runs a Python program with pygo and returns stdout, failing the
// test on a non-zero exit or any stderr output.
func run(t *testing.T, src string, args ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "prog.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := cli.Main("pygo", append(args, path), strings.NewReader(""), &out, &errb)
	if code != 0 || errb.Len() > 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out.String(), errb.String())
	}
	return out.String()
}

// Timed acquires wait for (about) the timeout: not less, and not much more.
func TestLockTimeout(t *testing.T) {
	out := run(t, `
import _thread, time
l = _thread.allocate_lock()
l.acquire()
for timeout in (0.05, 0.2):
    t0 = time.monotonic()
    got = l.acquire(timeout=timeout)
    dt = time.monotonic() - t0
    print(got, dt >= timeout, dt < timeout + 0.25)
r = _thread.RLock()
t0 = time.monotonic()
print(r.acquire(timeout=0.05), time.monotonic() - t0 < 0.05)
`)
	if want := "False True True\nFalse True True\nTrue True\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// A lock released by one thread wakes a thread blocked on it; a lock may be
// released by a thread other than its acquirer (CPython allows it).
func TestLockHandOff(t *testing.T) {
	out := run(t, `
import _thread
done = _thread.allocate_lock()
done.acquire()
gate = _thread.allocate_lock()
gate.acquire()
order = []
def worker():
    gate.acquire()
    order.append("worker")
    done.release()
_thread.start_new_thread(worker, ())
order.append("main")
gate.release()
done.acquire()
print(order)
`)
	if out != "['main', 'worker']\n" {
		t.Errorf("got %q", out)
	}
}

// Contended locks are fair enough that every thread makes progress.
func TestLockNoStarvation(t *testing.T) {
	out := run(t, `
import threading, time
lock = threading.Lock()
counts = [0] * 4
stop = False
def worker(i):
    while not stop:
        with lock:
            counts[i] += 1
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
time.sleep(0.3)
stop = True
for t in ts: t.join()
print(all(c > 0 for c in counts))
`)
	if out != "True\n" {
		t.Errorf("got %q", out)
	}
}

// -X gil=1: threads take turns under one lock and still finish (blocking
// calls release it); sys reports the mode.
func TestGILMode(t *testing.T) {
	out := run(t, `
import sys, threading, queue
q = queue.Queue()
def producer():
    for i in range(1000):
        q.put(i)
def consumer(out):
    s = 0
    for i in range(1000):
        s += q.get()
    out.append(s)
res = []
ts = [threading.Thread(target=producer), threading.Thread(target=consumer, args=(res,))]
for t in ts: t.start()
for t in ts: t.join()
print(sys._is_gil_enabled(), sys.flags.gil, res == [499500])
`, "-X", "gil=1")
	if out != "True 1 True\n" {
		t.Errorf("got %q", out)
	}
}

// Non-daemon threads are joined at exit; daemon threads are abandoned;
// atexit callbacks run after the join, last registered first.
func TestShutdown(t *testing.T) {
	out := run(t, `
import atexit, threading
ev = threading.Event()
def slow():
    ev.wait(0.2)
    print("non-daemon finished")
def forever():
    threading.Event().wait()
atexit.register(print, "atexit 1")
atexit.register(print, "atexit 2")
threading.Thread(target=slow).start()
threading.Thread(target=forever, daemon=True).start()
print("main done")
`)
	if want := "main done\nnon-daemon finished\natexit 2\natexit 1\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// interrupt_main delivers KeyboardInterrupt to the main thread, also while
// it is blocked in a lock acquire or a join.
func TestInterruptMain(t *testing.T) {
	out := run(t, `
import _thread, threading, time
def poke():
    time.sleep(0.05)
    _thread.interrupt_main()
threading.Thread(target=poke).start()
l = threading.Lock(); l.acquire()
try:
    l.acquire()
except KeyboardInterrupt:
    print("acquire interrupted")
threading.Thread(target=poke).start()
t = threading.Thread(target=time.sleep, args=(0.5,))
t.start()
try:
    t.join()
except KeyboardInterrupt:
    print("join interrupted")
`)
	if want := "acquire interrupted\njoin interrupted\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}
