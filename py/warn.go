package py

// WarnHook issues a warning through the warnings module; the VM installs
// it (py cannot import the VM). See Warn.
var WarnHook func(t *Thread, category *Type, msg string, stacklevel int) *Exception

// Warn issues a warning of category with message msg, attributed to the
// Python frame stacklevel levels up (1: the caller of the running
// builtin), as PyErr_WarnEx does. A non-nil result (the warning turned
// into an error by a filter, or a failure of the warnings machinery) must
// be propagated.
func Warn(t *Thread, category *Type, msg string, stacklevel int) *Exception {
	if WarnHook == nil {
		return nil
	}
	return WarnHook(t, category, msg, stacklevel)
}
