// Package modules links pygo's standard-library modules written in Go into
// the interpreter. Each module lives in a package of its own below this
// folder, named after the module (CPython's C-module name where CPython
// has one: _io, posix, math, time, …), and registers itself with
// vm.RegisterModule from its init function; this package only imports them
// all, so that a program importing it (cmd/pygo, an embedder) gets the
// whole library.
package modules

import (
	_ "github.com/pygo/pygo/modules/atexit"
	_ "github.com/pygo/pygo/modules/contextvars"
	_ "github.com/pygo/pygo/modules/errno"
	_ "github.com/pygo/pygo/modules/gc"
	_ "github.com/pygo/pygo/modules/io"
	_ "github.com/pygo/pygo/modules/math"
	_ "github.com/pygo/pygo/modules/posix"
	_ "github.com/pygo/pygo/modules/thread"
	_ "github.com/pygo/pygo/modules/time"
	_ "github.com/pygo/pygo/modules/weakref"
)
