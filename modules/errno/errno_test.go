package errno

import (
	"syscall"
	"testing"
)

// The table must name each symbol once and carry Linux's numbers.
func TestNamesTable(t *testing.T) {
	seen := map[string]bool{}
	first := map[syscall.Errno]string{}
	for _, n := range names {
		if seen[n.name] {
			t.Errorf("%s listed twice", n.name)
		}
		seen[n.name] = true
		if _, ok := first[n.v]; !ok {
			first[n.v] = n.name
		}
	}
	for name, want := range map[string]syscall.Errno{"ENOENT": 2, "EAGAIN": 11, "EACCES": 13, "EEXIST": 17, "EPIPE": 32, "ETIMEDOUT": 110} {
		var got syscall.Errno
		for _, n := range names {
			if n.name == name {
				got = n.v
			}
		}
		if got != want {
			t.Errorf("%s = %d, want %d", name, got, want)
		}
	}
	if len(first) < 100 {
		t.Errorf("only %d distinct numbers", len(first))
	}
}
