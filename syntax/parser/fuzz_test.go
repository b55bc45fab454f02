package parser

import (
	"strings"
	"testing"
	"time"
)

// FuzzParse checks that no input makes the parser panic, hang or accept
// a program and then fail to report a position-consistent result.
func FuzzParse(f *testing.F) {
	seeds := []string{
		"x = 1\n",
		"def f(a, /, b=2, *c, d, **e) -> int:\n    return a\n",
		"class C[T: int = str](B, metaclass=M):\n    pass\n",
		"match x:\n    case [1, *r] | {'k': v, **kw} | C(a, b=c) if v:\n        pass\n",
		"f'{x!r:>{w}} {y=}' t'{z}' b'\\x00' rb'\\d'\n",
		"async def f():\n    async with a as b, c:\n        await d\n    async for i in j: yield i\n",
		"try:\n    pass\nexcept* E as e:\n    pass\nexcept A, B:\n    pass\n",
		"type A[*Ts, **P] = tuple[*Ts]\n",
		"lambda x, *, y=1: (yield)\n",
		"x = (\n",
		"if x:\npass\n",
		"print 'hello'\n",
		"f(**a, *b)\n",
		"[x for x in y if z]; {a: b for a, b in c}; (g for g in h)\n",
		"\tif x:\n  \ty\n",
		"x = '''\n",
		"@d\ndef f[T](x: T) -> T: ...\n",
		strings.Repeat("(", 300),
		strings.Repeat("not ", 5000) + "x\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		done := make(chan struct{})
		go func() {
			defer close(done)
			for _, mode := range []string{"exec", "eval", "single"} {
				mod, _, err := Parse("<fuzz>", src, Options{Mode: mode, TypeComments: true})
				if (mod == nil) == (err == nil) {
					t.Errorf("mode %s: mod=%v err=%v: exactly one must be set", mode, mod, err)
				}
				if err != nil && err.Kind == "SystemError" {
					t.Errorf("mode %s: internal error: %s", mode, err.Msg)
				}
			}
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("parse did not finish in 10s")
		}
	})
}
