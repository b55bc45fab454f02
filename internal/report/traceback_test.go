package report

import "testing"

// TestTracebackGroupLayout checks the boxes of a nested exception group
// and the truncation of wide groups (the exact text is also checked
// against CPython by tests/exec/traceback).
func TestTracebackGroupLayout(t *testing.T) {
	leaf := func(s string) []TBException { return []TBException{{Summary: s}} }
	inner := []TBException{{Summary: "ExceptionGroup: inner (1 sub-exception)", IsGroup: true, GroupSize: 1,
		Group: [][]TBException{leaf("ValueError: 1")}}}
	outer := []TBException{{Summary: "ExceptionGroup: outer (2 sub-exceptions)", IsGroup: true, GroupSize: 2,
		Group: [][]TBException{inner, leaf("TypeError: two\nnote")}}}
	want := `  | ExceptionGroup: outer (2 sub-exceptions)
  +-+---------------- 1 ----------------
    | ExceptionGroup: inner (1 sub-exception)
    +-+---------------- 1 ----------------
      | ValueError: 1
      +------------------------------------
    +---------------- 2 ----------------
    | TypeError: two
    | note
    +------------------------------------
`
	if got := Traceback(outer, nil); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	var many [][]TBException
	for i := 0; i < MaxGroupWidth; i++ {
		many = append(many, leaf("KeyError: 0"))
	}
	wide := []TBException{{Summary: "ExceptionGroup: wide (17 sub-exceptions)", IsGroup: true, GroupSize: 17, Group: many}}
	got := Traceback(wide, nil)
	tail := "    +---------------- ... ----------------\n    | and 2 more exceptions\n    +------------------------------------\n"
	if len(got) < len(tail) || got[len(got)-len(tail):] != tail {
		t.Errorf("wide group ends\n%s\nwant\n%s", got, tail)
	}
}
