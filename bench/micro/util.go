package micro

import (
	"math"
	"unsafe"
)

func f64bits(f float64) uint64     { return math.Float64bits(f) }
func f64frombits(u uint64) float64 { return math.Float64frombits(u) }

func ptrOf(b *IntBox) unsafe.Pointer { return unsafe.Pointer(b) }
