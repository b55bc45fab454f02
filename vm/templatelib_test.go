package vm

import "testing"

func TestTemplateStrings(t *testing.T) {
	src := `import _templatelib as tl
x = 42
t = t'a{x}b{x!r:>{x}}c' + t'{x=}'
print(type(t) is tl.Template, type(t).__module__, type(t).__name__)
print(t)
print(list(t'{x}{x}d'))
print(t.values, tl.Template('a', 'b', tl.Interpolation(1), tl.Interpolation(2)).strings)
try:
    t + 'x'
except TypeError as e:
    print(e)
`
	want := "True string.templatelib Template\n" +
		"Template(strings=('a', 'b', 'cx=', ''), interpolations=(Interpolation(42, 'x', None, ''), Interpolation(42, 'x', 'r', '>42'), Interpolation(42, 'x', 'r', '')))\n" +
		"[Interpolation(42, 'x', None, ''), Interpolation(42, 'x', None, ''), 'd']\n" +
		"(42, 42, 42) ('ab', '', '')\n" +
		"can only concatenate string.templatelib.Template (not \"str\") to string.templatelib.Template\n"
	out, exc := run(t, src)
	if exc != "" || out != want {
		t.Fatalf("got %q, %q", out, exc)
	}
}

func TestInterpolationArgs(t *testing.T) {
	cases := map[string]string{
		"Interpolation()":               "TypeError: Interpolation() missing required argument 'value' (pos 1)",
		"Interpolation(1, 2)":           "TypeError: Interpolation() argument 'expression' must be str, not int",
		"Interpolation(1, 'x', 'q')":    "ValueError: Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'",
		"Interpolation(1, value=2)":     "TypeError: argument for Interpolation() given by name ('value') and position (1)",
		"Template(1)":                   "TypeError: Template.__new__ *args need to be of type 'str' or 'Interpolation', got int",
		"Interpolation(1, 'x', 's', 5)": "TypeError: Interpolation() argument 'format_spec' must be str, not int",
	}
	for expr, want := range cases {
		_, exc := run(t, "from _templatelib import *\n"+expr+"\n")
		if exc != want {
			t.Errorf("%s: got %q, want %q", expr, exc, want)
		}
	}
}
