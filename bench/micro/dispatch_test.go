package micro

import "testing"

func newCountFrame() *wordFrame { return newWordFrame(intLoopConsts) }

func TestDispatchAgree(t *testing.T) {
	fr := newCountFrame()
	check := func(name string, run func() Object) {
		t.Helper()
		fr.locals[0], fr.locals[1] = MakeInt(0), MakeInt(1000)
		if v, _ := run().Int(); v != 1000 {
			t.Errorf("%s = %d", name, v)
		}
	}
	check("packed", func() Object { return runWord(countLoop, fr) })
	check("quick", func() Object { return runWord(countLoopQuick, fr) })
	st := toStructs(countLoop)
	check("structs", func() Object { return runStructs(st, fr) })
	ops, args := toSplit(countLoop)
	check("split", func() Object { return runSplit(ops, args, fr) })
	th0 := &Thread{data: make([]Object, 64)}
	check("register", func() Object { return th0.runReg(regCountLoop, MakeInt(0), MakeInt(1000)) })
	check("closure", func() Object { closureCountLoop(fr); return fr.locals[0] })

	want := int64(75025) // fib(25)
	th := &Thread{data: make([]Object, 1<<12)}
	for name, got := range map[string]Object{
		"flat":           th.runFlat(fibFunc, MakeInt(25)),
		"rec":            callRec(fibCode, []Object{MakeInt(25)}, nil, false),
		"recPool":        callRec(fibCode, []Object{MakeInt(25)}, &framePool{}, false),
		"closure":        closureFib(&wordFrame{locals: []Object{MakeInt(25)}}),
		"closureNoFrame": closureFibNoFrame(MakeInt(25)),
		"register":       th.runReg(regFibCode, MakeInt(25)),
	} {
		if v, _ := got.Int(); v != want {
			t.Errorf("fib %s = %d", name, v)
		}
	}
}

func BenchmarkDispatchCountLoop(b *testing.B) {
	run := func(name string, f func(fr *wordFrame)) {
		b.Run(name, func(b *testing.B) {
			fr := newCountFrame()
			cpuTimed(b, func() {
				chunks(b.N, func(c int) {
					fr.locals[0], fr.locals[1] = MakeInt(0), MakeInt(int64(c))
					f(fr)
				})
			})
		})
	}
	run("packedUint32", func(fr *wordFrame) { runWord(countLoop, fr) })
	st := toStructs(countLoop)
	run("structInstr", func(fr *wordFrame) { runStructs(st, fr) })
	ops, args := toSplit(countLoop)
	run("splitOpArg", func(fr *wordFrame) { runSplit(ops, args, fr) })
	run("packedQuickened", func(fr *wordFrame) { runWord(countLoopQuick, fr) })
	b.Run("registerVM", func(b *testing.B) {
		th := &Thread{data: make([]Object, 64)}
		cpuTimed(b, func() {
			chunks(b.N, func(c int) { th.runReg(regCountLoop, MakeInt(0), MakeInt(int64(c))) })
		})
	})
	run("closureTree", func(fr *wordFrame) { closureCountLoop(fr) })
	b.Run("cpython311", func(b *testing.B) { benchPython(b, pyCountLoop) })
}

// One op = fib(25) = 242785 Python calls.
func BenchmarkFib25(b *testing.B) {
	b.Run("flatNonRecursive", func(b *testing.B) {
		th := &Thread{data: make([]Object, 1<<12)}
		for range b.N {
			th.runFlat(fibFunc, MakeInt(25))
		}
	})
	b.Run("flatRegisterVM", func(b *testing.B) {
		th := &Thread{data: make([]Object, 1<<12)}
		for range b.N {
			th.runReg(regFibCode, MakeInt(25))
		}
	})
	b.Run("goRecursiveAllocFrame", func(b *testing.B) {
		for range b.N {
			callRec(fibCode, []Object{MakeInt(25)}, nil, false)
		}
	})
	b.Run("goRecursiveAllocFrameAndArgs", func(b *testing.B) {
		for range b.N {
			callRec(fibCode, []Object{MakeInt(25)}, nil, true)
		}
	})
	b.Run("goRecursivePooledFrame", func(b *testing.B) {
		p := &framePool{}
		for range b.N {
			callRec(fibCode, []Object{MakeInt(25)}, p, false)
		}
	})
	b.Run("closureHeapFrame", func(b *testing.B) {
		for range b.N {
			closureFib(&wordFrame{locals: []Object{MakeInt(25)}})
		}
	})
	b.Run("closureNoFrame", func(b *testing.B) {
		for range b.N {
			closureFibNoFrame(MakeInt(25))
		}
	})
	b.Run("cpython311", func(b *testing.B) { benchPython(b, pyFib) })
}
