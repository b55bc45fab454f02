// Package cli implements pygo's command line, modelled on CPython's
// `python3.14 [option] ... [-c cmd | -m mod | file | -] [arg] ...`.
package cli

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/compiler"
	"github.com/pygo/pygo/internal/report"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/symtable"
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
	"github.com/pygo/pygo/syntax/scanner"
	"github.com/pygo/pygo/vm"

	_ "github.com/pygo/pygo/modules" // the standard library written in Go
)

// Version is the Python version pygo implements.
const Version = "3.14.2"

const usageLine = "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"

const helpText = `Options (and corresponding environment variables):
-b     : warn about str(bytes) and comparing bytes with str (-bb: errors)
-B     : don't write .pyc files on import (pygo never writes them);
         also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : set sys.flags.optimize to 1; also PYTHONOPTIMIZE=x
-OO    : set sys.flags.optimize to 2
-P     : don't prepend a potentially unsafe path to sys.path; also
         PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE=x
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source
-X opt : set implementation-specific option (-X gil=0|1, -X dev, ...)
--help-env, --help-xoptions, --help-all: more help
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`

const helpEnv = `Environment variables that change behavior:
PYTHONPATH       : ':'-separated list of directories prefixed to the
                   default module search path.
PYTHONSAFEPATH   : don't prepend a potentially unsafe path to sys.path.
PYTHONINSPECT    : like -i.
PYTHONUNBUFFERED : like -u.
PYTHONOPTIMIZE   : like -O.
PYTHONWARNINGS   : like -W (comma-separated).
PYTHONNOUSERSITE : like -s.
PYTHON_GIL       : like -X gil.
`

const helpX = `The following implementation-specific options are available:
-X gil=[0|1]: 0 runs Python threads in parallel (the default), 1 makes
      them take turns under one global lock; also PYTHON_GIL
-X dev: enable development mode (sys.flags.dev_mode)
-X utf8: enable UTF-8 mode (sys.flags.utf8_mode)
-X int_max_str_digits=N: limit the size of int<->str conversions
Other -X options are accepted and appear in sys._xoptions.
`

// Process is what a run of the command line sees of its process.
type Process struct {
	Prog   string   // argv[0]
	Args   []string // the arguments after it
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads the environment (os.Getenv when nil).
	Getenv func(string) string
	// Interactive: stdin is a terminal, so that `pygo` alone starts the
	// interactive loop.
	Interactive bool
	// TerminalOut: stdout is a terminal (it is then line-buffered).
	TerminalOut bool
	// Started, if set, is called with the interpreter once it exists (the
	// process entry point uses it to route SIGINT to it).
	Started func(*vm.Interp)

	// interrupted: the run ended with an uncaught KeyboardInterrupt.
	interrupted bool
}

// Main runs the command line with the given arguments (without the program
// name) and returns the process exit status. Standard input is not treated
// as a terminal.
func Main(prog string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return Run(&Process{Prog: prog, Args: args, Stdin: stdin, Stdout: stdout, Stderr: stderr})
}

// options are the parsed command line.
type options struct {
	versions   int
	help       string
	command    *string // -c
	module     *string // -m
	inspect    bool
	unbuffered bool
	flags      vm.Flags
	xoptions   []string
	warnings   []string
	rest       []string // script (or "-") and its arguments
}

// parseArgs parses the options as CPython does; it returns the exit
// status and false when the command line is wrong.
func parseArgs(p *Process, stderr io.Writer) (*options, int, bool) {
	o := &options{flags: vm.DefaultFlags()}
	args := p.Args
	shortUsage := fmt.Sprintf(usageLine, p.Prog) + "Try `python -h' for more information.\n"
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
			o.versions++
			continue
		case "--help", "-?":
			o.help = "h"
			return o, 0, true
		case "--help-env":
			o.help = "env"
			return o, 0, true
		case "--help-xoptions":
			o.help = "x"
			return o, 0, true
		case "--help-all":
			o.help = "all"
			return o, 0, true
		case "--check-hash-based-pycs":
			if i+1 >= len(args) {
				fmt.Fprintf(stderr, "Argument expected for the --check-hash-based-pycs option\n%s", shortUsage)
				return nil, 2, false
			}
			i++
			continue
		}
		if strings.HasPrefix(a, "--") {
			fmt.Fprintf(stderr, "unknown option %s\n%s", a, shortUsage)
			return nil, 2, false
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
						return nil, 2, false
					}
					i++
					val = args[i]
				}
				switch c {
				case 'c':
					o.command = &val
					o.rest = args[i+1:]
					return o, 0, true
				case 'm':
					o.module = &val
					o.rest = args[i+1:]
					return o, 0, true
				case 'W':
					o.warnings = append(o.warnings, val)
				case 'X':
					o.xoptions = append(o.xoptions, val)
				}
				j = len(a)
			case 'V':
				o.versions++
			case 'h':
				o.help = "h"
				return o, 0, true
			case 'b':
				o.flags.BytesWarning++
			case 'B':
				o.flags.DontWriteBytecode = 1
			case 'd':
				o.flags.Debug++
			case 'E':
				o.flags.IgnoreEnvironment = 1
			case 'i':
				o.inspect = true
				o.flags.Inspect, o.flags.Interactive = 1, 1
			case 'I':
				o.flags.Isolated, o.flags.IgnoreEnvironment, o.flags.NoUserSite = 1, 1, 1
				o.flags.SafePath = true
			case 'O':
				o.flags.Optimize++
			case 'P':
				o.flags.SafePath = true
			case 'q':
				o.flags.Quiet = 1
			case 's':
				o.flags.NoUserSite = 1
			case 'S':
				o.flags.NoSite = 1
			case 'u':
				o.unbuffered = true
			case 'v':
				o.flags.Verbose++
			case 'x', 'R':
				// -x skips the first line (handled when reading the file);
				// -R is accepted for compatibility.
			default:
				fmt.Fprintf(stderr, "Unknown option: -%c\n%s", c, shortUsage)
				return nil, 2, false
			}
		}
	}
	o.rest = args[i:]
	return o, 0, true
}

// Run runs the command line of p and returns the exit status.
func Run(p *Process) (status int) {
	// The interpreter turns Go panics in Python code into SystemError; one
	// anywhere else (printing a traceback, say) still must not reach the
	// user as a Go trace.
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(p.Stderr, "SystemError: internal error: %v\n", r)
			status = 1
		}
	}()
	stdout, stderr := p.Stdout, p.Stderr
	o, status, ok := parseArgs(p, stderr)
	if !ok {
		return status
	}
	switch o.help {
	case "h":
		fmt.Fprintf(stdout, usageLine, p.Prog)
		fmt.Fprint(stdout, helpText)
		return 0
	case "env":
		fmt.Fprint(stdout, helpEnv)
		return 0
	case "x":
		fmt.Fprint(stdout, helpX)
		return 0
	case "all":
		fmt.Fprintf(stdout, usageLine, p.Prog)
		fmt.Fprint(stdout, helpText+"\n"+helpEnv+"\n"+helpX)
		return 0
	}
	if o.versions > 0 {
		fmt.Fprintf(stdout, "Python %s\n", Version)
		if o.versions > 1 {
			fmt.Fprintf(stdout, "pygo: Python %s in pure Go, free-threaded (no GIL)\n", Version)
		}
		return 0
	}
	if o.module != nil && *o.module == "ast" {
		// pygo's own `python -m ast`, which prints without running Python.
		return astMain(o.rest, p.Stdin, stdout, stderr)
	}
	getenv := p.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	env := func(name string) string {
		if o.flags.IgnoreEnvironment != 0 {
			return ""
		}
		return getenv(name)
	}
	cfg, status, ok := o.config(p, env, stderr)
	if !ok {
		return status
	}
	r := &runner{p: p, o: o, cfg: cfg}
	return r.run()
}

// config turns the options and the environment into the interpreter's
// configuration (everything but sys.argv and sys.path[0]).
func (o *options) config(p *Process, env func(string) string, stderr io.Writer) (vm.Config, int, bool) {
	f := &o.flags
	if env("PYTHONINSPECT") != "" {
		o.inspect = true
		f.Inspect = 1
	}
	if env("PYTHONUNBUFFERED") != "" {
		o.unbuffered = true
	}
	if env("PYTHONSAFEPATH") != "" {
		f.SafePath = true
	}
	if env("PYTHONDONTWRITEBYTECODE") != "" {
		f.DontWriteBytecode = 1
	}
	if env("PYTHONNOUSERSITE") != "" {
		f.NoUserSite = 1
	}
	if env("PYTHONDEVMODE") != "" {
		f.DevMode = true
	}
	if v := env("PYTHONOPTIMIZE"); v != "" && f.Optimize == 0 {
		f.Optimize = envLevel(v)
	}
	if v := env("PYTHONVERBOSE"); v != "" && f.Verbose == 0 {
		f.Verbose = envLevel(v)
	}
	if v := env("PYTHONUTF8"); v == "1" {
		f.UTF8Mode = 1
	}
	if v := env("PYTHONHASHSEED"); v == "0" {
		f.HashRandomization = 0
	}
	if v := env("PYTHONINTMAXSTRDIGITS"); v != "" {
		if n, err := strconv.Atoi(v); err == nil {
			f.IntMaxStrDigits = n
		}
	}
	cfg := vm.Config{Stdout: p.Stdout, Stderr: p.Stderr, Unbuffered: o.unbuffered, LineBuffered: p.TerminalOut}
	cfg.GIL = env("PYTHON_GIL")
	if w := env("PYTHONWARNINGS"); w != "" {
		for _, s := range strings.Split(w, ",") {
			if s = strings.TrimSpace(s); s != "" {
				cfg.WarnOptions = append(cfg.WarnOptions, s)
			}
		}
	}
	cfg.WarnOptions = append(cfg.WarnOptions, o.warnings...)
	cfg.XOptions = o.xoptions
	for _, x := range o.xoptions {
		name, val, hasVal := strings.Cut(x, "=")
		switch name {
		case "gil":
			cfg.GIL = val
		case "dev":
			f.DevMode = true
		case "utf8":
			f.UTF8Mode = 1
			if hasVal && val == "0" {
				f.UTF8Mode = 0
			}
		case "int_max_str_digits":
			n, err := strconv.Atoi(val)
			if err != nil || (n != 0 && n < 640) {
				fmt.Fprintf(stderr, "Fatal Python error: config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n")
				return cfg, 1, false
			}
			f.IntMaxStrDigits = n
		}
	}
	if cfg.GIL != "" && cfg.GIL != "0" && cfg.GIL != "1" {
		fmt.Fprintf(stderr, "Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be \"0\" or \"1\"\nPython runtime state: preinitialized\n")
		return cfg, 1, false
	}
	cfg.Flags = *f
	cfg.Executable = executable(p.Prog)
	cfg.OrigArgv = append([]string{p.Prog}, p.Args...)
	return cfg, 0, true
}

// envLevel reads a PYTHONOPTIMIZE-like variable: a number, or 1 for any
// other non-empty value.
func envLevel(v string) int {
	if n, err := strconv.Atoi(v); err == nil && n > 0 {
		return n
	}
	return 1
}

// executable is sys.executable: the program's absolute path when it can be
// found (argv[0] with a slash, or looked up on PATH), else argv[0] itself.
func executable(prog string) string {
	if prog == "" {
		return ""
	}
	if strings.ContainsRune(prog, filepath.Separator) {
		if abs, err := filepath.Abs(prog); err == nil {
			return abs
		}
		return prog
	}
	if path, err := exec.LookPath(prog); err == nil {
		if abs, err := filepath.Abs(path); err == nil {
			return abs
		}
	}
	return prog
}

// runner runs one program (and the interactive loop after it).
type runner struct {
	p   *Process
	o   *options
	cfg vm.Config
	in  *vm.Interp
	// compileFailed: the program did not compile (its report is printed).
	compileFailed bool
}

// newInterp makes the interpreter once sys.argv and sys.path[0] are known.
func (r *runner) newInterp(argv []string, path0 *string, stdin io.Reader) *vm.Interp {
	cfg := r.cfg
	cfg.Argv = argv
	cfg.Stdin = stdin
	var path []string
	if path0 != nil && !cfg.Flags.SafePath {
		path = append(path, *path0)
	}
	if pp := r.envPath(); pp != "" {
		cwd, _ := os.Getwd()
		for _, d := range filepath.SplitList(pp) {
			if d == "" {
				d = cwd
			} else if !filepath.IsAbs(d) {
				d = filepath.Join(cwd, d)
			}
			path = append(path, d)
		}
	}
	cfg.Path = path
	r.in = vm.NewInterp(cfg)
	if r.p.Started != nil {
		r.p.Started(r.in)
	}
	return r.in
}

func (r *runner) envPath() string {
	if r.cfg.Flags.IgnoreEnvironment != 0 {
		return ""
	}
	if r.p.Getenv != nil {
		return r.p.Getenv("PYTHONPATH")
	}
	return os.Getenv("PYTHONPATH")
}

func (r *runner) run() int {
	p, o := r.p, r.o
	empty := ""
	switch {
	case o.command != nil:
		r.newInterp(append([]string{"-c"}, o.rest...), &empty, p.Stdin)
		return r.finish(r.runSource("<string>", []byte(*o.command), fromString))
	case o.module != nil:
		return r.runModule(*o.module)
	case len(o.rest) == 0 || o.rest[0] == "-":
		argv := []string{""}
		if len(o.rest) > 0 {
			argv = append([]string{"-"}, o.rest[1:]...)
		}
		if p.Interactive || (o.inspect && len(o.rest) == 0) {
			r.newInterp(argv, &empty, p.Stdin)
			return r.exit(r.repl(true))
		}
		src, err := io.ReadAll(p.Stdin)
		if err != nil {
			fmt.Fprintf(p.Stderr, "%s: can't read <stdin>: %v\n", p.Prog, err)
			return 1
		}
		r.newInterp(argv, &empty, strings.NewReader(""))
		return r.finish(r.runSource("<stdin>", src, fromStdin))
	}
	name := o.rest[0]
	src, err := os.ReadFile(name)
	if err == nil {
		if st, serr := os.Stat(name); serr == nil && st.IsDir() {
			return r.runDir(name)
		}
	}
	if err != nil {
		if st, serr := os.Stat(name); serr == nil && st.IsDir() {
			return r.runDir(name)
		}
		abs, aerr := filepath.Abs(name)
		if aerr != nil {
			abs = name
		}
		fmt.Fprintf(p.Stderr, "%s: can't open file %s: %s\n", p.Prog, quote(abs), describeOSError(err))
		return 2
	}
	// sys.path[0] is the script's folder.
	dir := filepath.Dir(name)
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	r.newInterp(o.rest, &dir, p.Stdin)
	return r.finish(r.runSource(name, src, fromFile))
}

// runDir runs a folder with a __main__.py, as CPython does.
func (r *runner) runDir(name string) int {
	main := filepath.Join(name, "__main__.py")
	src, err := os.ReadFile(main)
	if err != nil {
		abs, _ := filepath.Abs(name)
		fmt.Fprintf(r.p.Stderr, "%s: can't find '__main__' module in %s\n", r.p.Prog, quote(abs))
		return 1
	}
	dir := name
	r.newInterp(r.o.rest, &dir, r.p.Stdin)
	return r.finish(r.runSource(main, src, fromFile))
}

// runModule runs `-m name` as runpy does: sys.path[0] is the current
// folder, sys.argv[0] the module's file.
func (r *runner) runModule(name string) int {
	cwd, _ := os.Getwd()
	in := r.newInterp(append([]string{"-m"}, r.o.rest...), &cwd, r.p.Stdin)
	file, pkg, msg, exc := in.FindMainModule(name)
	if exc != nil {
		return r.finish(exc, nil)
	}
	if msg != "" {
		in.Flush()
		fmt.Fprintf(r.p.Stderr, "%s: %s\n", r.cfg.Executable, msg)
		return 1
	}
	src, err := vm.ReadSource(file)
	if err != nil {
		fmt.Fprintf(r.p.Stderr, "%s: can't open file %s: %s\n", r.cfg.Executable, quote(file), describeOSError(err))
		return 1
	}
	if argv, ok := py.AsList(in.Sys.Dict.GetStr(py.Intern("argv"))); ok && argv.Len() > 0 {
		argv.Set(0, py.NewStrObj(file))
	}
	code, ok := r.compile(file, src, fromFile)
	if !ok {
		return r.finishInspect(1)
	}
	return r.finish(in.RunMainModule(code, file, pkg), nil)
}

// finish ends a run: it reports an uncaught exception, runs the
// interactive loop under -i, runs the exit sequence (threads, atexit) and
// flushes sys.stdout, and returns the exit status.
func (r *runner) finish(exc *py.Exception, lines *report.SourceLines) int {
	in := r.in
	status := 0
	if r.compileFailed {
		status = 1
	}
	if exc != nil {
		if r.o.inspect && exc.Matches(py.SystemExitType) {
			// Under -i, SystemExit does not end the process: it is
			// reported like any exception and the loop starts.
			in.Thread().WriteStderr(report.Traceback(in.TracebackChain(exc), lines))
		} else {
			status = in.ExitStatus(exc, lines)
			r.p.interrupted = exc.Matches(py.KeyboardInterruptType)
		}
	}
	if r.o.inspect {
		status = r.repl(false)
	}
	return r.exit(status)
}

// finishInspect is finish for a program that did not compile (the report
// is printed already).
func (r *runner) finishInspect(status int) int {
	if r.o.inspect {
		status = r.repl(false)
	}
	return r.exit(status)
}

// exit runs the interpreter's exit sequence and checks the final flush of
// sys.stdout (status 120 when it fails, as CPython).
func (r *runner) exit(status int) int {
	in := r.in
	in.Finalize() // joins non-daemon threads, runs atexit callbacks
	if err := in.FlushStdout(); err != nil {
		in.Thread().WriteStderr("Exception ignored while flushing sys.stdout:\n" + describeWriteError(err) + "\n")
		if status == 0 {
			status = 120
		}
	}
	in.Flush()
	return status
}

func describeWriteError(err error) string {
	if e, ok := err.(*py.Exception); ok {
		return e.Error() // sys.stdout.flush() raised it: "BrokenPipeError: [Errno 32] Broken pipe"
	}
	s := err.Error()
	if strings.Contains(s, "broken pipe") {
		return "BrokenPipeError: [Errno 32] Broken pipe"
	}
	return "OSError: " + s
}

// How a program reached runSource, which decides how CPython reads it and
// how its SyntaxError report finds the source again.
type origin int

const (
	fromString origin = iota // -c: compiled from a string
	fromFile                 // a script file: the file tokenizer; the report reads the file back
	fromStdin                // standard input: the file tokenizer; the source cannot be read back
)

// runSource compiles and runs a program as __main__; it returns the
// uncaught exception, with the source lines its traceback needs.
func (r *runner) runSource(filename string, src []byte, from origin) (*py.Exception, *report.SourceLines) {
	code, ok := r.compile(filename, src, from)
	if !ok {
		return nil, nil
	}
	exc := r.in.RunMain(code, filename)
	lines := &report.SourceLines{}
	if from != fromFile {
		lines.Sources = map[string][]byte{filename: src}
	}
	return exc, lines
}

// compile compiles a program; a SyntaxError is reported as CPython
// reports it (and the status is 1: see compileFailed).
func (r *runner) compile(filename string, src []byte, from origin) (*bytecode.Code, bool) {
	stderr := r.p.Stderr
	if r.o != nil && len(r.o.rest) > 0 && from == fromFile && r.skipFirstLine() {
		if i := strings.IndexByte(string(src), '\n'); i >= 0 {
			// -x: the line is dropped but still counted.
			src = append([]byte("\n"), src[i+1:]...)
		}
	}
	mod, warnings, perr := parser.Parse(filename, src, parser.Options{FileInput: from != fromString})
	var text []byte
	if from == fromFile {
		text = src
	}
	printWarningsWithSource(stderr, filename, warnings, text)
	nw := 0
	if perr == nil {
		perr, nw = compileCheck(mod, filename, src, from, stderr)
	}
	var code *bytecode.Code
	if perr == nil {
		var cw []scanner.Warning
		code, cw, perr = compiler.Compile(mod, filename, "exec", compiler.Options{Optimize: r.cfg.Flags.Optimize})
		if perr == nil && len(cw) > nw {
			// The code generator's own warnings follow those of the
			// checks above (which Compile repeats).
			printWarningsWithSource(stderr, filename, cw[nw:], text)
		}
	}
	if perr != nil {
		source := &report.Source{Text: src, FromFile: from != fromString}
		if from == fromStdin {
			source.Text = nil
		}
		r.in.Flush()
		fmt.Fprint(stderr, report.SyntaxErrorWithSource(perr, source))
		r.compileFailed = true
		return nil, false
	}
	return code, true
}

func (r *runner) skipFirstLine() bool {
	for _, a := range r.p.Args {
		if a == "--" || !strings.HasPrefix(a, "-") || a == "-" {
			return false
		}
		if strings.HasPrefix(a, "-") && !strings.HasPrefix(a, "--") && strings.ContainsRune(a, 'x') &&
			!strings.ContainsAny(a[:strings.IndexByte(a, 'x')], "cmWX") {
			return true
		}
	}
	return false
}

// compileCheck runs the compile stage after a successful parse (symbol
// table and code generator checks): it prints the stage's SyntaxWarnings
// and returns its SyntaxError, which is reported like a parse error.
// CPython gives such an error its source line only when it can read the
// program's file back.
func compileCheck(mod ast.Mod, filename string, src []byte, from origin, stderr io.Writer) (*scanner.Error, int) {
	var text []byte
	if from == fromFile {
		text = src
	}
	_, warnings, err := symtable.Check(mod, filename, text, symtable.Options{})
	printWarningsWithSource(stderr, filename, warnings, text)
	return err, len(warnings)
}

// printWarnings prints warnings as the warnings module's default
// showwarning does: "FILE:LINE: Category: message" and the source line.
func printWarnings(w io.Writer, filename string, warnings []scanner.Warning) {
	for _, wn := range warnings {
		fmt.Fprintf(w, "%s:%d: %s: %s\n", filename, wn.Lineno, wn.Category, wn.Msg)
	}
}

// printWarningsWithSource is printWarnings for a program read from a
// file: like the warnings module (through linecache), it adds the
// warning's source line, stripped and indented by two spaces.
func printWarningsWithSource(w io.Writer, filename string, warnings []scanner.Warning, src []byte) {
	if src == nil {
		printWarnings(w, filename, warnings)
		return
	}
	lines := strings.Split(string(src), "\n")
	for _, wn := range warnings {
		fmt.Fprintf(w, "%s:%d: %s: %s\n", filename, wn.Lineno, wn.Category, wn.Msg)
		if wn.Lineno >= 1 && wn.Lineno <= len(lines) {
			if line := strings.TrimSpace(lines[wn.Lineno-1]); line != "" {
				fmt.Fprintf(w, "  %s\n", line)
			}
		}
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
