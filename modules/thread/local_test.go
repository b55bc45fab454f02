package thread_test

import "testing"

// Each thread sees its own attributes of a threading.local; a subclass's
// __init__ runs again, with the constructor's arguments, in each thread
// that touches the object, and a failing one is retried on the next access.
func TestLocalPerThread(t *testing.T) {
	out := run(t, `
import threading
loc = threading.local()
loc.x = "main"
class Sub(threading.local):
    def __init__(self, a, b=0):
        self.a, self.b = a, b
        self.inits = getattr(self, "inits", 0) + 1
s = Sub(3, b=4)
s.a = 99
fails = []
class Flaky(threading.local):
    def __init__(self):
        if threading.current_thread() is not threading.main_thread() and not fails:
            fails.append(1)
            raise ValueError("first time")
        self.ok = True
fl = Flaky()
res = {}
def work(i):
    r = [hasattr(loc, "x")]
    loc.x = i
    r.append(s.a)
    r.append(s.b)
    r.append(s.inits)
    s.a = i
    try:
        fl.ok
    except ValueError as e:
        r.append(str(e))
    r.append(fl.ok)
    r.append((loc.x, s.a))
    res[i] = r
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(loc.x, s.a, s.inits)
print(sum(1 for r in res.values() if r[:4] == [False, 3, 4, 1]))
print(sorted(r[-1] for r in res.values()))
print(sum(1 for r in res.values() if "first time" in r), all(r[-2] is True for r in res.values()))
`)
	want := "main 99 1\n4\n[(0, 0), (1, 1), (2, 2), (3, 3)]\n1 True\n"
	if out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// Many threads reading and writing their own attributes of one local at
// once never see another thread's value (run with -race).
func TestLocalConcurrent(t *testing.T) {
	out := run(t, `
import threading
loc = threading.local()
bad = []
def work(i):
    for k in range(2000):
        loc.v = (i, k)
        if loc.v != (i, k):
            bad.append(i)
ts = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(bad), hasattr(loc, "v"))
`)
	if out != "0 False\n" {
		t.Errorf("got %q", out)
	}
}
