package micro

import "testing"

// Each op is one iteration of the Python loop; the program is run in chunks
// of 65536 iterations so that s stays a small int in every representation.
const chunk = 65536

func chunks(n int, f func(c int)) {
	for n > 0 {
		c := min(n, chunk)
		f(c)
		n -= c
	}
}

func TestValueLoopsAgree(t *testing.T) {
	w := newWordFrame(intLoopConsts)
	w.locals[0], w.locals[1], w.locals[2] = MakeInt(0), MakeInt(1000), MakeInt(0)
	if v, _ := runWord(intLoop, w).Int(); v != 499500 {
		t.Fatalf("word int loop = %d", v)
	}
	i := newIfaceFrame(intLoopConsts, true)
	i.locals[0], i.locals[1], i.locals[2] = IInt(0), IInt(1000), IInt(0)
	if v := runIface(intLoop, i); v != IInt(499500) {
		t.Fatalf("iface int loop = %v", v)
	}
	g := newTagFrame(intLoopConsts)
	g.locals[0], g.locals[1], g.locals[2] = TV{tInt, 0}, TV{tInt, 1000}, TV{tInt, 0}
	if v := runTag(intLoop, g); v != (TV{tInt, 499500}) {
		t.Fatalf("tag int loop = %v", v)
	}
	w = newWordFrame(floatLoopConsts)
	w.locals[0], w.locals[1], w.locals[2] = MakeInt(0), MakeInt(100), MakeFloat(0)
	if v, _ := runWord(floatLoop, w).Float(); v < 1.999 || v > 2 {
		t.Fatalf("word float loop = %v", v)
	}
	w.slab = &floatSlab{}
	w.locals[0], w.locals[1], w.locals[2] = MakeInt(0), MakeInt(100), MakeFloat(0)
	if v, _ := runWord(floatLoop, w).Float(); v < 1.999 || v > 2 {
		t.Fatalf("word slab float loop = %v", v)
	}
	w.slab = nil
	w.locals[0], w.locals[1], w.locals[2] = MakeInt(0), MakeInt(100), MakeFloat(0)
	if v, _ := runWord(floatLoopQuick, w).Float(); v < 1.999 || v > 2 {
		t.Fatalf("word quickened float loop = %v", v)
	}
	if big, _ := MakeInt(1 << 45).Int(); big != 1<<45 {
		t.Fatal("boxed int")
	}
	if v, ok := MakeInt(-(1 << 39) + 1).Small(); !ok || v != -(1<<39)+1 {
		t.Fatal("small int range")
	}
}

func BenchmarkValues(b *testing.B) {
	for _, prog := range []struct {
		name  string
		code  []uint32
		ks    []konst
		float bool
	}{{"intAdd", intLoop, intLoopConsts, false}, {"floatMulAdd", floatLoop, floatLoopConsts, true}} {
		b.Run(prog.name+"/iface", func(b *testing.B) {
			fr := newIfaceFrame(prog.ks, false)
			cpuTimed(b, func() {
				chunks(b.N, func(c int) {
					fr.locals[0], fr.locals[1], fr.locals[2] = IInt(0), IInt(int64(c)), IInt(0)
					if prog.float {
						fr.locals[2] = IFloat(0)
					}
					runIface(prog.code, fr)
				})
			})
		})
		b.Run(prog.name+"/ifaceSmallCache", func(b *testing.B) {
			fr := newIfaceFrame(prog.ks, true)
			cpuTimed(b, func() {
				chunks(b.N, func(c int) {
					fr.locals[0], fr.locals[1], fr.locals[2] = IInt(0), IInt(int64(c)), IInt(0)
					if prog.float {
						fr.locals[2] = IFloat(0)
					}
					runIface(prog.code, fr)
				})
			})
		})
		b.Run(prog.name+"/tagged2word", func(b *testing.B) {
			fr := newTagFrame(prog.ks)
			cpuTimed(b, func() {
				chunks(b.N, func(c int) {
					fr.locals[0], fr.locals[1], fr.locals[2] = TV{tInt, 0}, TV{tInt, uint64(c)}, TV{tInt, 0}
					if prog.float {
						fr.locals[2] = TV{tFloat, 0}
					}
					runTag(prog.code, fr)
				})
			})
		})
		b.Run(prog.name+"/word", func(b *testing.B) {
			fr := newWordFrame(prog.ks)
			cpuTimed(b, func() {
				chunks(b.N, func(c int) {
					fr.locals[0], fr.locals[1], fr.locals[2] = MakeInt(0), MakeInt(int64(c)), MakeInt(0)
					if prog.float {
						fr.locals[2] = MakeFloat(0)
					}
					runWord(prog.code, fr)
				})
			})
		})
	}
	b.Run("floatMulAdd/wordSlab", func(b *testing.B) {
		fr := newWordFrame(floatLoopConsts)
		fr.slab = &floatSlab{}
		cpuTimed(b, func() {
			chunks(b.N, func(c int) {
				fr.locals[0], fr.locals[1], fr.locals[2] = MakeInt(0), MakeInt(int64(c)), MakeFloat(0)
				runWord(floatLoop, fr)
			})
		})
	})
	b.Run("floatMulAdd/wordQuickenedTemp", func(b *testing.B) {
		fr := newWordFrame(floatLoopConsts)
		cpuTimed(b, func() {
			chunks(b.N, func(c int) {
				fr.locals[0], fr.locals[1], fr.locals[2] = MakeInt(0), MakeInt(int64(c)), MakeFloat(0)
				runWord(floatLoopQuick, fr)
			})
		})
	})
	b.Run("floatMulAdd/wordSlabQuickenedTemp", func(b *testing.B) {
		fr := newWordFrame(floatLoopConsts)
		fr.slab = &floatSlab{}
		cpuTimed(b, func() {
			chunks(b.N, func(c int) {
				fr.locals[0], fr.locals[1], fr.locals[2] = MakeInt(0), MakeInt(int64(c)), MakeFloat(0)
				runWord(floatLoopQuick, fr)
			})
		})
	})
	b.Run("intAdd/cpython311", func(b *testing.B) { benchPython(b, pyIntLoop) })
	b.Run("floatMulAdd/cpython311", func(b *testing.B) { benchPython(b, pyFloatLoop) })
}

var sinkObj Object
var sinkNoscan *FloatNoscan

// Float boxing: a 16-byte object with a *Type header (scanned) versus the
// same with the immortal type's address as a uintptr (noscan).
func BenchmarkFloatBox(b *testing.B) {
	b.Run("typeptr", func(b *testing.B) {
		for i := range b.N {
			sinkObj = MakeFloat(float64(i))
		}
	})
	b.Run("slab64noscan", func(b *testing.B) {
		s := &floatSlab{}
		for i := range b.N {
			sinkObj = s.make(float64(i))
		}
	})
	b.Run("noscan", func(b *testing.B) {
		for i := range b.N {
			sinkNoscan = &FloatNoscan{uintptr(0x1234), float64(i)}
		}
	})
}
