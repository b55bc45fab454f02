package vm

import "github.com/pygo/pygo/py"

// Warn issues a warning from Go code as PyErr_WarnEx does: it imports
// module warnings and calls warnings.warn(msg, category, stacklevel).
// stacklevel 1 names the Python frame that called the builtin running
// now. It returns the exception to propagate: the warning itself when a
// filter's action is "error", or whatever warn raised.
func Warn(t *Thread, category *py.Type, msg string, stacklevel int) *py.Exception {
	mod, e := t.importModule("warnings", nil, py.None, 0)
	if e != nil {
		return e
	}
	warn, e := py.GetAttr(t.P, mod, py.Intern("warn"))
	if e != nil {
		return e
	}
	_, e = t.Call(warn, []Object{py.NewStrObj(msg), category.Obj(), py.MakeInt(int64(stacklevel))}, nil)
	return e
}

func init() {
	py.WarnHook = func(p *py.Thread, category *py.Type, msg string, stacklevel int) *py.Exception {
		return Warn(vt(p), category, msg, stacklevel)
	}
}
