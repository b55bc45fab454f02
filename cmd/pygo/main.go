// Command pygo is the Python 3.14 command line: pygo [options] [-c cmd | -m mod | file | -] [args].
// It only wires the process to internal/cli, where the work is done.
//
// PYGO_CPUPROFILE=FILE writes a Go CPU profile of the run to FILE (for
// `go tool pprof`); it is read here so the interpreter itself never sees it.
package main

import (
	"os"
	"runtime/debug"
	"runtime/pprof"

	"github.com/pygo/pygo/internal/cli"
)

func main() {
	if os.Getenv("GOGC") == "" {
		// Python programs allocate many short-lived objects; the default
		// GOGC=100 collects too often for them (measured: bench/programs
		// spend 20-30% of their time in the GC). 400 trades heap size for
		// fewer cycles; GOGC in the environment overrides it.
		debug.SetGCPercent(400)
	}
	if path := os.Getenv("PYGO_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			if pprof.StartCPUProfile(f) == nil {
				code := cli.Exec(os.Args[0], os.Args[1:])
				pprof.StopCPUProfile()
				f.Close()
				os.Exit(code)
			}
			f.Close()
		}
	}
	os.Exit(cli.Exec(os.Args[0], os.Args[1:]))
}
