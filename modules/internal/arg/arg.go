// Package arg holds the argument parsing and error helpers shared by the
// Go modules: CPython's argument-clinic messages, and OSErrors built from
// Go errors with CPython's errno, strerror and filename.
package arg

import (
	"errors"
	"io/fs"
	"os"
	"syscall"

	"github.com/pygo/pygo/py"
)

// Object is py.Object.
type Object = py.Object

// Parse binds positional args and keywords to dst by names. The first
// required parameters are mandatory; names starting with "$" are
// keyword-only (the "$" is not part of the name); posOnly of them may not
// be passed by keyword. Unbound optional slots are left as they are
// (callers preset defaults, the zero Object meaning "not given").
func Parse(fname string, args []Object, kw *py.Tuple, names []string, required, posOnly int, dst ...*Object) *py.Exception {
	nkw := kw.Len()
	pos := args[:len(args)-nkw]
	maxPos := 0
	for _, n := range names {
		if len(n) > 0 && n[0] == '$' {
			break
		}
		maxPos++
	}
	if len(pos) > maxPos {
		if required == maxPos {
			if maxPos == 0 {
				return py.TypeError("%s() takes no positional arguments", fname)
			}
			return py.TypeError("%s() takes exactly %d positional argument%s (%d given)", fname, maxPos, plural(maxPos), len(pos))
		}
		return py.TypeError("%s() takes at most %d argument%s (%d given)", fname, maxPos, plural(maxPos), len(pos))
	}
	for i, v := range pos {
		*dst[i] = v
	}
	if nkw > 0 {
		kws := kw.Items()
		vals := args[len(args)-nkw:]
		for j, k := range kws {
			ks, _ := py.AsStr(k)
			name := ks.String()
			found := false
			for i, n := range names {
				if len(n) > 0 && n[0] == '$' {
					n = n[1:]
				}
				if n == name && i >= posOnly {
					if i < len(pos) {
						return py.TypeError("argument for %s() given by name ('%s') and position (%d)", fname, name, i+1)
					}
					*dst[i] = vals[j]
					found = true
					break
				}
			}
			if !found {
				return py.TypeError("%s() got an unexpected keyword argument '%s'", fname, name)
			}
		}
	}
	for i := 0; i < required; i++ {
		if dst[i].IsNil() {
			n := names[i]
			if i < len(pos) || i >= posOnly {
				return py.TypeError("%s() missing required argument '%s' (pos %d)", fname, n, i+1)
			}
			if required == 1 && maxPos == 1 {
				return py.TypeError("%s() takes exactly one argument (0 given)", fname)
			}
			return py.TypeError("%s() missing required argument '%s' (pos %d)", fname, n, i+1)
		}
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// NoKw fails when keywords were passed.
func NoKw(fname string, kw *py.Tuple) *py.Exception {
	if kw.Len() > 0 {
		return py.TypeError("%s() takes no keyword arguments", fname)
	}
	return nil
}

// Exact checks a positional-only call with between lo and hi arguments,
// using CPython's METH_O / METH_VARARGS wording.
func Exact(fname string, args []Object, kw *py.Tuple, lo, hi int) *py.Exception {
	if e := NoKw(fname, kw); e != nil {
		return e
	}
	n := len(args)
	if n >= lo && n <= hi {
		return nil
	}
	switch {
	case lo == hi && lo == 1:
		return py.TypeError("%s() takes exactly one argument (%d given)", fname, n)
	case lo == hi && lo == 0:
		return py.TypeError("%s() takes no arguments (%d given)", fname, n)
	case lo == hi:
		return py.TypeError("%s expected %d argument%s, got %d", fname, lo, plural(lo), n)
	case n < lo:
		return py.TypeError("%s expected at least %d argument%s, got %d", fname, lo, plural(lo), n)
	}
	return py.TypeError("%s expected at most %d argument%s, got %d", fname, hi, plural(hi), n)
}

// Index converts o to an int64 via __index__, with CPython's TypeError.
func Index(t *py.Thread, o Object) (int64, *py.Exception) {
	if v, ok := py.AsInt64(o); ok && py.IsInt(o) {
		return v, nil
	}
	if o.Type().Flags&py.FlagFloatSubclass != 0 {
		return 0, py.TypeError("'float' object cannot be interpreted as an integer")
	}
	i, e := py.Index(t, o)
	if e != nil {
		return 0, e
	}
	v, ok := py.AsInt64(i)
	if !ok {
		return 0, py.OverflowError("Python int too large to convert to C long")
	}
	return v, nil
}

// Str returns o as a Go string or a TypeError naming the parameter.
func Str(fname, what string, o Object) (string, *py.Exception) {
	s, ok := py.AsStr(o)
	if !ok {
		return "", py.TypeError("%s() argument%s must be str, not %s", fname, what, py.TypeName(o))
	}
	return s.String(), nil
}

// Errno extracts the errno of a Go error from the os/syscall packages.
func Errno(err error) (syscall.Errno, bool) {
	var en syscall.Errno
	if errors.As(err, &en) {
		return en, true
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return syscall.ENOENT, true
	case errors.Is(err, fs.ErrExist):
		return syscall.EEXIST, true
	case errors.Is(err, fs.ErrPermission):
		return syscall.EACCES, true
	}
	return 0, false
}

// Strerror is the C library's message for an errno, as CPython prints it.
func Strerror(en syscall.Errno) string {
	s := en.Error()
	if s == "" {
		return "Unknown error"
	}
	// Go's messages are lower-case; glibc's are capitalised.
	if s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// OSError builds the OSError subclass CPython raises for err, with the
// given filename objects (zero Objects are left out).
func OSError(t *py.Thread, err error, filename, filename2 Object) *py.Exception {
	en, ok := Errno(err)
	if !ok {
		var pe *os.PathError
		msg := err.Error()
		if errors.As(err, &pe) {
			msg = pe.Err.Error()
		}
		return py.NewException(py.OSErrorType, py.NewStrObj(msg))
	}
	return ErrnoError(t, en, filename, filename2)
}

// ErrnoError builds OSError(errno, strerror[, filename[, None, filename2]]).
func ErrnoError(t *py.Thread, en syscall.Errno, filename, filename2 Object) *py.Exception {
	args := []Object{py.MakeInt(int64(en)), py.NewStrObj(Strerror(en))}
	if !filename.IsNil() {
		args = append(args, filename)
		if !filename2.IsNil() {
			args = append(args, py.MakeInt(0), filename2)
		}
	}
	v, e := py.Call(t, py.OSErrorType.Obj(), args, nil)
	if e != nil {
		return e
	}
	if x := py.AsException(v); x != nil {
		return x
	}
	return py.SystemError("OSError construction failed")
}

// Func wraps a Go function as a builtin function object.
func Func(name string, f func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception)) Object {
	return py.NewBuiltin(name, f).Obj()
}
