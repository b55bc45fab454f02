package micro

import (
	"errors"
	"testing"
)

// PyExc stands for a raised Python exception object.
type PyExc struct {
	Head
	msg string
}

func (e *PyExc) Error() string { return e.msg }

var excType = &Type{Name: "ValueError", Version: 1}

// raiseRet raises at depth 0 and propagates by returning (Object, *PyExc)
// through depth frames; the caller catches.
//
//go:noinline
func raiseRet(depth int, raise bool) (Object, *PyExc) {
	if depth == 0 {
		if raise {
			return Object{}, &PyExc{Head{excType}, "boom"}
		}
		return MakeInt(1), nil
	}
	v, err := raiseRet(depth-1, raise)
	if err != nil {
		return Object{}, err
	}
	return v, nil
}

// raiseErr is the same with the error interface.
//
//go:noinline
func raiseErr(depth int, raise bool) (Object, error) {
	if depth == 0 {
		if raise {
			return Object{}, &PyExc{Head{excType}, "boom"}
		}
		return MakeInt(1), nil
	}
	v, err := raiseErr(depth-1, raise)
	if err != nil {
		return Object{}, err
	}
	return v, nil
}

//go:noinline
func raisePanic(depth int, raise bool) Object {
	if depth == 0 {
		if raise {
			panic(&PyExc{Head{excType}, "boom"})
		}
		return MakeInt(1)
	}
	return raisePanic(depth-1, raise)
}

//go:noinline
func catchPanic(depth int, raise bool) (v Object, exc *PyExc) {
	defer func() {
		if r := recover(); r != nil {
			exc = r.(*PyExc)
		}
	}()
	return raisePanic(depth, raise), nil
}

func TestExcAgree(t *testing.T) {
	if _, e := raiseRet(3, true); e == nil {
		t.Fatal("ret")
	}
	var pe *PyExc
	if _, e := raiseErr(3, true); !errors.As(e, &pe) {
		t.Fatal("err")
	}
	if _, e := catchPanic(3, true); e == nil {
		t.Fatal("panic")
	}
	if v, e := catchPanic(3, false); e != nil || v != MakeInt(1) {
		t.Fatal("no panic")
	}
}

func BenchmarkExc(b *testing.B) {
	for _, depth := range []int{1, 10} {
		for _, raise := range []bool{true, false} {
			name := "/depth" + itoa(depth)
			if raise {
				name = "raise" + name
			} else {
				name = "noRaise" + name
			}
			b.Run("returnPtr/"+name, func(b *testing.B) {
				for range b.N {
					_, e := raiseRet(depth, raise)
					sinkBool = e != nil
				}
			})
			b.Run("returnError/"+name, func(b *testing.B) {
				for range b.N {
					_, e := raiseErr(depth, raise)
					sinkBool = e != nil
				}
			})
			b.Run("panicRecover/"+name, func(b *testing.B) {
				for range b.N {
					_, e := catchPanic(depth, raise)
					sinkBool = e != nil
				}
			})
		}
	}
	b.Run("cpython311/raiseCatch", func(b *testing.B) { benchPython(b, pyExc) })
}

const pyExc = `
def f():
    raise ValueError("boom")
def run(n):
    for _ in range(n):
        try:
            f()
        except ValueError:
            pass
`
