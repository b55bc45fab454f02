// Command pygo is the Python 3.14 command line: pygo [options] [-c cmd | -m mod | file | -] [args].
// It only wires the process to internal/cli, where the work is done.
package main

import (
	"os"

	"github.com/pygo/pygo/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[0], os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
