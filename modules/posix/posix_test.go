package posix

import (
	"testing"

	"github.com/pygo/pygo/py"
)

func TestToPath(t *testing.T) {
	th := py.NewThread()
	p, e := toPath(th, "stat", "path", py.NewStrObj("/tmp"), true)
	if e != nil || p.s != "/tmp" || p.bytes {
		t.Fatalf("str path: %+v %v", p, e)
	}
	p, e = toPath(th, "stat", "path", py.NewBytes([]byte("/x")).Obj(), true)
	if e != nil || !p.bytes {
		t.Fatalf("bytes path: %+v %v", p, e)
	}
	p, e = toPath(th, "stat", "path", py.MakeInt(3), true)
	if e != nil || !p.isFd || p.fd != 3 {
		t.Fatalf("fd path: %+v %v", p, e)
	}
	if _, e = toPath(th, "stat", "path", py.NewFloat(1.5), true); e == nil || e.Error() != "TypeError: stat: path should be string, bytes, os.PathLike or integer, not float" {
		t.Fatalf("float path error: %v", e)
	}
	if _, e = toPath(th, "stat", "path", py.NewStrObj("a\x00b"), false); e == nil {
		t.Fatal("embedded NUL accepted")
	}
}
