package io

import (
	"testing"

	"github.com/pygo/pygo/py"
)

// noteNewlines must count a CRLF once (not as CR and LF) and keep what
// earlier chunks saw; newlinesObj lists the kinds in CPython's order.
func TestNoteNewlines(t *testing.T) {
	s := &stream{}
	if !s.newlinesObj().IsNone() {
		t.Fatal("newlines before any read must be None")
	}
	s.noteNewlines("a\r\nb")
	if s.seenNL != seenCRLF {
		t.Fatalf("CRLF recorded as %b", s.seenNL)
	}
	s.noteNewlines("c\rd\n")
	if s.seenNL != seenCR|seenLF|seenCRLF {
		t.Fatalf("after CR and LF: %b", s.seenNL)
	}
	tu, ok := py.AsTuple(s.newlinesObj())
	if !ok || tu.Len() != 3 {
		t.Fatalf("newlines = %v, want a 3-tuple", s.newlinesObj())
	}
	for i, want := range []string{"\r", "\n", "\r\n"} {
		if got, _ := py.AsStr(tu.Items()[i]); got.String() != want {
			t.Errorf("newlines[%d] = %q, want %q", i, got.String(), want)
		}
	}
	one := &stream{}
	one.noteNewlines("x\n")
	if got, ok := py.AsStr(one.newlinesObj()); !ok || got.String() != "\n" {
		t.Errorf("single kind must be the str itself")
	}
}
