package vm

import (
	"bytes"
	"sync"
	"testing"

	"github.com/pygo/pygo/compiler"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/syntax/parser"
)

// The inline caches (globals, attributes, methods) are shared by all
// threads running the same code. Readers on several threads must only see
// values that were stored while a writer keeps changing a global, a class
// attribute, a base class's method and an instance attribute; and once the
// writer is done they must see its last values. Run with -race.
func TestInlineCachesConcurrent(t *testing.T) {
	src := `
class Base:
    def m(self):
        return 0

class C(Base):
    v = 0

g = 0
inst = C()
inst.a = 0

def reader(n):
    c = C()
    last = 0
    for i in range(n):
        x = c.v + g + c.m() + inst.a
        if x < 0 or x > 4 * 1000:
            raise ValueError("foreign value %d" % x)
        last = x
    return last

def writer(i):
    global g
    C.v = i
    g = i
    Base.m = lambda self, i=i: i
    inst.a = i
`
	mod, _, perr := parser.Parse("t.py", []byte(src), parser.Options{FileInput: true})
	if perr != nil {
		t.Fatal(perr.Msg)
	}
	code, _, cerr := compiler.Compile(mod, "t.py", "exec", compiler.Options{})
	if cerr != nil {
		t.Fatal(cerr.Msg)
	}
	var out bytes.Buffer
	in := NewInterp(Config{Stdout: &out, Stderr: &out})
	if exc := in.RunMain(code, "t.py"); exc != nil {
		t.Fatal(exc.Error())
	}
	main := asModule(in.Modules.GetStr(py.Intern("__main__")))
	reader := main.Dict.GetStr(py.Intern("reader"))
	writer := main.Dict.GetStr(py.Intern("writer"))
	var wg sync.WaitGroup
	errs := make([]string, 3)
	for r := range 3 {
		wg.Add(1)
		in.Thread().Start(func(c *Thread) {
			defer wg.Done()
			if _, exc := c.Call(reader, []Object{py.MakeInt(20000)}, nil); exc != nil {
				errs[r] = exc.Error()
			}
		})
	}
	mt := in.Thread()
	for i := 1; i <= 1000; i++ {
		if _, exc := mt.Call(writer, []Object{py.MakeInt(int64(i))}, nil); exc != nil {
			t.Fatal(exc.Error())
		}
	}
	wg.Wait()
	for _, e := range errs {
		if e != "" {
			t.Fatal(e)
		}
	}
	v, exc := mt.Call(reader, []Object{py.MakeInt(10)}, nil)
	if exc != nil {
		t.Fatal(exc.Error())
	}
	if n, _ := v.Small(); n != 4000 {
		t.Fatalf("after the writes: got %d, want 4000", n)
	}
}
