// Package cli implements pygo's command line, modelled on CPython's
// `python3.14 [option] ... [-c cmd | -m mod | file | -] [arg] ...`.
package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/compiler"
	"github.com/pygo/pygo/internal/report"
	"github.com/pygo/pygo/symtable"
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
	"github.com/pygo/pygo/syntax/scanner"
	"github.com/pygo/pygo/vm"

	_ "github.com/pygo/pygo/modules" // the standard library written in Go
)

// Version is the Python version pygo implements.
const Version = "3.14.2"

const usage = `usage: pygo [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control
-X opt : set implementation-specific option
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`

// Main runs the command line with the given arguments (without the program
// name) and returns the process exit status.
func Main(prog string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	shortUsage := "usage: " + prog + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n"
	versions := 0
	i := 0
	for ; i < len(args); i++ {
		a := args[i]
		if a == "-" || !strings.HasPrefix(a, "-") {
			break
		}
		if a == "--" {
			i++
			break
		}
		switch a {
		case "--version":
			versions++
			continue
		case "--help", "-?":
			fmt.Fprint(stdout, usage)
			return 0
		}
		if strings.HasPrefix(a, "--") {
			fmt.Fprintf(stderr, "unknown option %s\n%s", a, shortUsage)
			return 2
		}
		// A cluster of one-letter options, e.g. -uE; -c, -m, -W and -X take
		// the rest of the cluster or the next argument as their value.
		for j := 1; j < len(a); j++ {
			switch c := a[j]; c {
			case 'c', 'm', 'W', 'X':
				val := a[j+1:]
				if val == "" {
					if i+1 >= len(args) {
						fmt.Fprintf(stderr, "Argument expected for the -%c option\n%s", c, shortUsage)
						return 2
					}
					i++
					val = args[i]
				}
				switch c {
				case 'c':
					return runSource("<string>", []byte(val), fromString, append([]string{"-c"}, args[i+1:]...), stdin, stdout, stderr)
				case 'm':
					return runModule(val, args[i+1:], stdin, stdout, stderr)
				}
				j = len(a)
			case 'V':
				versions++
			case 'h':
				fmt.Fprint(stdout, usage)
				return 0
			case 'b', 'B', 'd', 'E', 'i', 'I', 'O', 'P', 'q', 's', 'S', 'u', 'v', 'x', 'R':
				// Accepted; they have no effect on the front end.
			default:
				fmt.Fprintf(stderr, "Unknown option: -%c\n%s", c, shortUsage)
				return 2
			}
		}
	}
	if versions > 0 {
		fmt.Fprintf(stdout, "Python %s\n", Version)
		if versions > 1 {
			fmt.Fprintf(stdout, "pygo: Python %s in pure Go, free-threaded (no GIL)\n", Version)
		}
		return 0
	}
	if i >= len(args) || args[i] == "-" {
		src, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "pygo: can't read <stdin>: %v\n", err)
			return 1
		}
		return runSource("<stdin>", src, fromStdin, append([]string{"-"}, args[min(i+1, len(args)):]...), strings.NewReader(""), stdout, stderr)
	}
	name := args[i]
	src, err := os.ReadFile(name)
	if err != nil {
		abs, aerr := filepath.Abs(name)
		if aerr != nil {
			abs = name
		}
		fmt.Fprintf(stderr, "%s: can't open file %s: %s\n", prog, quote(abs), describeOSError(err))
		return 2
	}
	return runSource(name, src, fromFile, args[i:], stdin, stdout, stderr)
}

// How a program reached runSource, which decides how CPython reads it and
// how its SyntaxError report finds the source again.
type origin int

const (
	fromString origin = iota // -c: compiled from a string
	fromFile                 // a script file: the file tokenizer; the report reads the file back
	fromStdin                // standard input: the file tokenizer; the source cannot be read back
)

// runSource compiles and runs a program. A program that does not compile
// gets CPython's SyntaxError report and exit status 1; an uncaught
// exception prints its traceback and exits 1; SystemExit sets the status.
func runSource(filename string, src []byte, from origin, argv []string, stdin io.Reader, stdout, stderr io.Writer) int {
	mod, warnings, perr := parser.Parse(filename, src, parser.Options{FileInput: from != fromString})
	printWarnings(stderr, filename, warnings)
	if perr == nil {
		perr = compileCheck(mod, filename, src, from, stderr)
	}
	var code *bytecode.Code
	if perr == nil {
		code, _, perr = compiler.Compile(mod, filename, "exec", compiler.Options{})
	}
	if perr != nil {
		source := &report.Source{Text: src, FromFile: from != fromString}
		if from == fromStdin {
			source.Text = nil
		}
		fmt.Fprint(stderr, report.SyntaxErrorWithSource(perr, source))
		return 1
	}
	// sys.path[0] is the script's folder ("" for -c and stdin).
	dir := ""
	if from == fromFile {
		dir = filepath.Dir(filename)
		if abs, err := filepath.Abs(dir); err == nil {
			dir = abs
		}
	}
	in := vm.NewInterp(vm.Config{Argv: argv, Path: []string{dir}, Stdin: stdin, Stdout: stdout, Stderr: stderr})
	exc := in.RunMain(code, filename)
	in.Flush()
	if exc == nil {
		return 0
	}
	lines := &report.SourceLines{}
	if from != fromFile {
		lines.Sources = map[string][]byte{filename: src}
	}
	status := in.ExitStatus(exc, lines)
	in.Flush()
	return status
}

// compileCheck runs the compile stage after a successful parse (symbol
// table and code generator checks): it prints the stage's SyntaxWarnings
// and returns its SyntaxError, which is reported like a parse error.
// CPython gives such an error its source line only when it can read the
// program's file back.
func compileCheck(mod ast.Mod, filename string, src []byte, from origin, stderr io.Writer) *scanner.Error {
	var text []byte
	if from == fromFile {
		text = src
	}
	_, warnings, err := symtable.Check(mod, filename, text, symtable.Options{})
	printWarnings(stderr, filename, warnings)
	return err
}

func runModule(name string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	switch name {
	case "ast":
		return astMain(args, stdin, stdout, stderr)
	}
	fmt.Fprintf(stderr, "pygo: No module named %s\n", name)
	return 1
}

// printWarnings prints warnings as the warnings module's default
// showwarning does: "FILE:LINE: Category: message" and the source line.
func printWarnings(w io.Writer, filename string, warnings []scanner.Warning) {
	for _, wn := range warnings {
		fmt.Fprintf(w, "%s:%d: %s: %s\n", filename, wn.Lineno, wn.Category, wn.Msg)
	}
}

// quote renders a file name as Python's repr of a str would.
func quote(s string) string {
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `\'`) + "'"
}

func describeOSError(err error) string {
	switch {
	case os.IsNotExist(err):
		return "[Errno 2] No such file or directory"
	case os.IsPermission(err):
		return "[Errno 13] Permission denied"
	}
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}
