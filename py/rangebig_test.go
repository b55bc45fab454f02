package py

import (
	"math/big"
	"testing"
)

func bigOf(s string) *big.Int { b, _ := new(big.Int).SetString(s, 10); return b }

// Ranges beyond int64 keep big bounds; those that fit stay small.
func TestNewRangeBig(t *testing.T) {
	r := newRangeBig(bigOf("18446744073709551616"), bigOf("18446744073709551626"), big.NewInt(3))
	if r.big == nil || r.big.n.Int64() != 4 {
		t.Fatalf("big range length: %+v", r.big)
	}
	if i := r.big.find(bigOf("18446744073709551622")); i == nil || i.Int64() != 2 {
		t.Errorf("find = %v, want 2", i)
	}
	if r.big.find(bigOf("18446744073709551623")) != nil {
		t.Error("find accepted a value off the step")
	}
	small := newRangeBig(big.NewInt(10), big.NewInt(0), big.NewInt(-3))
	if small.big != nil || small.n != 4 {
		t.Errorf("small range: big=%v n=%d", small.big, small.n)
	}
	huge := newRangeBig(bigOf("-18446744073709551616"), bigOf("18446744073709551616"), big.NewInt(1))
	if _, exc := rangeLenSlot(nil, huge.Obj()); exc == nil {
		t.Error("len of a range longer than int64 must overflow")
	}
}
