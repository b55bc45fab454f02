package py

import "testing"

func TestFormatComplex(t *testing.T) {
	cases := []struct {
		c          complex128
		spec, want string
	}{
		{1 + 2i, "", "(1+2j)"},
		{1.5 - 2.25i, ".2f", "1.50-2.25j"},
		{3i, ">12", "          3j"},
		{1 + 2i, "^15.1e", "1.0e+00+2.0e+00j"},
		{1 + 2i, "+", "(+1+2j)"},
		{complex(-1.5, 0), "g", "-1.5+0j"},
	}
	for _, c := range cases {
		got, exc := FormatComplex(c.c, c.spec)
		if exc != nil || got != c.want {
			t.Errorf("format(%v, %q) = %q, %v; want %q", c.c, c.spec, got, exc, c.want)
		}
	}
	for _, spec := range []string{"010", "=10", "d", "%"} {
		if _, exc := FormatComplex(1i, spec); exc == nil {
			t.Errorf("format(1j, %q) accepted", spec)
		}
	}
}

func TestParseComplex(t *testing.T) {
	good := map[string]complex128{"1+2j": 1 + 2i, " ( 3-4j ) ": 3 - 4i, "j": 1i, "-j": -1i, "1e3j": 1000i, "1_0+2_0j": 10 + 20i, "(2)": 2}
	for s, want := range good {
		if got, ok := parseComplex(s); !ok || got != want {
			t.Errorf("parseComplex(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"1 + 2j", "1 j", "(1+2j", "++1", "j1", "jj", "0x1", ""} {
		if _, ok := parseComplex(s); ok {
			t.Errorf("parseComplex(%q) accepted", s)
		}
	}
}
