package vm

import (
	"strings"
	"testing"
)

// Recursion through dunders that the VM calls from Go code (repr, getattr,
// comparisons...) must end in RecursionError, never overflow the Go stack.
func TestDunderRecursionRaises(t *testing.T) {
	cases := map[string]string{
		"repr":    "class C:\n    def __repr__(self): return repr(self)\nrepr(C())\n",
		"getattr": "class C:\n    def __getattr__(self, n): return getattr(self, n)\nC().x\n",
		"eq":      "class C:\n    def __eq__(self, o): return self == o\nC() == 1\n",
		"hash":    "class C:\n    def __hash__(self): return hash(self)\nhash(C())\n",
		"len":     "class C:\n    def __len__(self): return len(self)\nlen(C())\n",
		"getitem": "class C:\n    def __getitem__(self, k): return self[k]\nC()[0]\n",
		"call":    "class C:\n    def __call__(self): return self()\nC()()\n",
		"init":    "class C:\n    def __init__(self): C()\nC()\n",
	}
	for name, src := range cases {
		_, exc := run(t, src)
		if !strings.HasPrefix(exc, "RecursionError: maximum recursion depth exceeded") {
			t.Errorf("%s: got %q", name, exc)
		}
	}
}

// A class's dunder assigned or deleted after the class statement changes
// the operator's behaviour, for the class and its subclasses.
func TestDunderAssignedAfterClass(t *testing.T) {
	out, exc := run(t, `class C: pass
class D(C): pass
C.__add__ = lambda self, o: 'added'
print(C() + 1, D() + 1)
C.__len__ = lambda self: 7
print(len(D()))
del C.__add__
try:
    C() + 1
except TypeError:
    print('gone')
`)
	if exc != "" || out != "added added\n7\ngone\n" {
		t.Fatalf("got %q, %q", out, exc)
	}
}

// Instances of builtin-type subclasses have a __dict__; __slots__ classes
// do not.
func TestSubclassDictAndSlots(t *testing.T) {
	out, exc := run(t, `class I(int): pass
i = I(3)
i.tag = 'x'
print(i.tag, i.__dict__, i + 1)
class S:
    __slots__ = ('a',)
s = S()
s.a = 1
print(s.a, hasattr(s, '__dict__'))
try:
    s.b = 2
except AttributeError:
    print('no b')
`)
	if exc != "" || out != "x {'tag': 'x'} 4\n1 False\nno b\n" {
		t.Fatalf("got %q, %q", out, exc)
	}
}
