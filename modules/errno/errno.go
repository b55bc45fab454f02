// Package errno is the errno module: the system's error numbers by name
// and errorcode, the reverse mapping.
package errno

import (
	"syscall"

	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/vm"
)

func init() { vm.RegisterModule("errno", initModule) }

// names lists the errno symbols, in CPython's errorcode order where one
// number has several names (the first listed wins in errorcode).
var names = []struct {
	name string
	v    syscall.Errno
}{
	{"EPERM", syscall.EPERM}, {"ENOENT", syscall.ENOENT}, {"ESRCH", syscall.ESRCH}, {"EINTR", syscall.EINTR},
	{"EIO", syscall.EIO}, {"ENXIO", syscall.ENXIO}, {"E2BIG", syscall.E2BIG}, {"ENOEXEC", syscall.ENOEXEC},
	{"EBADF", syscall.EBADF}, {"ECHILD", syscall.ECHILD}, {"EAGAIN", syscall.EAGAIN}, {"ENOMEM", syscall.ENOMEM},
	{"EACCES", syscall.EACCES}, {"EFAULT", syscall.EFAULT}, {"ENOTBLK", syscall.ENOTBLK}, {"EBUSY", syscall.EBUSY},
	{"EEXIST", syscall.EEXIST}, {"EXDEV", syscall.EXDEV}, {"ENODEV", syscall.ENODEV}, {"ENOTDIR", syscall.ENOTDIR},
	{"EISDIR", syscall.EISDIR}, {"EINVAL", syscall.EINVAL}, {"ENFILE", syscall.ENFILE}, {"EMFILE", syscall.EMFILE},
	{"ENOTTY", syscall.ENOTTY}, {"ETXTBSY", syscall.ETXTBSY}, {"EFBIG", syscall.EFBIG}, {"ENOSPC", syscall.ENOSPC},
	{"ESPIPE", syscall.ESPIPE}, {"EROFS", syscall.EROFS}, {"EMLINK", syscall.EMLINK}, {"EPIPE", syscall.EPIPE},
	{"EDOM", syscall.EDOM}, {"ERANGE", syscall.ERANGE}, {"EDEADLK", syscall.EDEADLK}, {"ENAMETOOLONG", syscall.ENAMETOOLONG},
	{"ENOLCK", syscall.ENOLCK}, {"ENOSYS", syscall.ENOSYS}, {"ENOTEMPTY", syscall.ENOTEMPTY}, {"ELOOP", syscall.ELOOP},
	{"EWOULDBLOCK", syscall.EWOULDBLOCK}, {"ENOMSG", syscall.ENOMSG}, {"EIDRM", syscall.EIDRM}, {"ENOSTR", syscall.ENOSTR},
	{"ENODATA", syscall.ENODATA}, {"ETIME", syscall.ETIME}, {"ENOSR", syscall.ENOSR}, {"EREMOTE", syscall.EREMOTE},
	{"ENOLINK", syscall.ENOLINK}, {"EPROTO", syscall.EPROTO}, {"EMULTIHOP", syscall.EMULTIHOP}, {"EBADMSG", syscall.EBADMSG},
	{"EOVERFLOW", syscall.EOVERFLOW}, {"EILSEQ", syscall.EILSEQ}, {"EUSERS", syscall.EUSERS}, {"ENOTSOCK", syscall.ENOTSOCK},
	{"EDESTADDRREQ", syscall.EDESTADDRREQ}, {"EMSGSIZE", syscall.EMSGSIZE}, {"EPROTOTYPE", syscall.EPROTOTYPE},
	{"ENOPROTOOPT", syscall.ENOPROTOOPT}, {"EPROTONOSUPPORT", syscall.EPROTONOSUPPORT}, {"ESOCKTNOSUPPORT", syscall.ESOCKTNOSUPPORT},
	{"EOPNOTSUPP", syscall.EOPNOTSUPP}, {"ENOTSUP", syscall.EOPNOTSUPP}, {"EPFNOSUPPORT", syscall.EPFNOSUPPORT},
	{"EAFNOSUPPORT", syscall.EAFNOSUPPORT}, {"EADDRINUSE", syscall.EADDRINUSE}, {"EADDRNOTAVAIL", syscall.EADDRNOTAVAIL},
	{"ENETDOWN", syscall.ENETDOWN}, {"ENETUNREACH", syscall.ENETUNREACH}, {"ENETRESET", syscall.ENETRESET},
	{"ECONNABORTED", syscall.ECONNABORTED}, {"ECONNRESET", syscall.ECONNRESET}, {"ENOBUFS", syscall.ENOBUFS},
	{"EISCONN", syscall.EISCONN}, {"ENOTCONN", syscall.ENOTCONN}, {"ESHUTDOWN", syscall.ESHUTDOWN},
	{"ETOOMANYREFS", syscall.ETOOMANYREFS}, {"ETIMEDOUT", syscall.ETIMEDOUT}, {"ECONNREFUSED", syscall.ECONNREFUSED},
	{"EHOSTDOWN", syscall.EHOSTDOWN}, {"EHOSTUNREACH", syscall.EHOSTUNREACH}, {"EALREADY", syscall.EALREADY},
	{"EINPROGRESS", syscall.EINPROGRESS}, {"ESTALE", syscall.ESTALE}, {"EDQUOT", syscall.EDQUOT},
	{"ECANCELED", syscall.ECANCELED}, {"EOWNERDEAD", syscall.EOWNERDEAD}, {"ENOTRECOVERABLE", syscall.ENOTRECOVERABLE},
	{"ENOMEDIUM", syscall.ENOMEDIUM}, {"EMEDIUMTYPE", syscall.EMEDIUMTYPE}, {"ENOTUNIQ", syscall.ENOTUNIQ},
	{"EBADFD", syscall.EBADFD}, {"EREMCHG", syscall.EREMCHG}, {"ECHRNG", syscall.ECHRNG}, {"EL2NSYNC", syscall.EL2NSYNC},
	{"EL3HLT", syscall.EL3HLT}, {"EL3RST", syscall.EL3RST}, {"ELNRNG", syscall.ELNRNG}, {"EUNATCH", syscall.EUNATCH},
	{"ENOCSI", syscall.ENOCSI}, {"EL2HLT", syscall.EL2HLT}, {"EBADE", syscall.EBADE}, {"EBADR", syscall.EBADR},
	{"EXFULL", syscall.EXFULL}, {"ENOANO", syscall.ENOANO}, {"EBADRQC", syscall.EBADRQC}, {"EBADSLT", syscall.EBADSLT},
	{"EDEADLOCK", syscall.EDEADLOCK}, {"EBFONT", syscall.EBFONT}, {"ENONET", syscall.ENONET}, {"ENOPKG", syscall.ENOPKG},
	{"EADV", syscall.EADV}, {"ESRMNT", syscall.ESRMNT}, {"ECOMM", syscall.ECOMM}, {"EDOTDOT", syscall.EDOTDOT},
	{"ELIBACC", syscall.ELIBACC}, {"ELIBBAD", syscall.ELIBBAD}, {"ELIBSCN", syscall.ELIBSCN}, {"ELIBMAX", syscall.ELIBMAX},
	{"ELIBEXEC", syscall.ELIBEXEC}, {"ERESTART", syscall.ERESTART}, {"ESTRPIPE", syscall.ESTRPIPE},
	{"EUCLEAN", syscall.EUCLEAN}, {"ENOTNAM", syscall.ENOTNAM}, {"ENAVAIL", syscall.ENAVAIL}, {"EISNAM", syscall.EISNAM},
	{"EREMOTEIO", syscall.EREMOTEIO}, {"ENOKEY", syscall.ENOKEY}, {"EKEYEXPIRED", syscall.EKEYEXPIRED},
	{"EKEYREVOKED", syscall.EKEYREVOKED}, {"EKEYREJECTED", syscall.EKEYREJECTED}, {"ERFKILL", syscall.ERFKILL},
	{"EHWPOISON", syscall.Errno(133)},
}

func initModule(t *vm.Thread, m *vm.Module) *py.Exception {
	codes := py.NewDict()
	for _, n := range names {
		v := py.MakeInt(int64(n.v))
		m.Dict.SetStr(py.Intern(n.name), v)
		if got, _ := codes.Get(t.P, v); got.IsNil() {
			codes.Set(t.P, v, py.NewStrObj(n.name))
		}
	}
	m.Dict.SetStr(py.Intern("errorcode"), codes.Obj())
	return nil
}
