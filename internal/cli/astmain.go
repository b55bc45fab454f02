package cli

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/pygo/pygo/internal/report"
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
)

const astProg = "pygo -m ast"

const astUsage = `usage: ` + astProg + ` [-h] [-m {exec,single,eval,func_type}] [--no-type-comments]
                   [-a] [-i INDENT] [--feature-version VERSION] [-O LEVEL]
                   [--show-empty]
                   [infile]
`

const astHelp = astUsage + `
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i, --indent INDENT   indentation of nodes (number of spaces)
  --feature-version VERSION
                        Python version in the format 3.x (for example, 3.10)
  -O, --optimize LEVEL  optimization level for parser (default -1)
  --show-empty          show empty lists and fields in dump output
`

// astMain is `python -m ast`: parse a file and print ast.dump of the tree.
// It follows the ast module's argparse interface. (Served from Go until the
// Python-level ast module exists.)
func astMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	mode := "exec"
	typeComments := true
	opt := ast.DumpOptions{Indent: 3}
	infile := ""
	fail := func(msg string) int {
		fmt.Fprint(stderr, astUsage)
		fmt.Fprintf(stderr, "%s: error: %s\n", astProg, msg)
		return 2
	}
	var extra []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		// Split "--opt=value" and "-xVALUE" forms.
		name, val, hasVal := a, "", false
		if strings.HasPrefix(a, "--") {
			name, val, hasVal = strings.Cut(a, "=")
		} else if strings.HasPrefix(a, "-") && len(a) > 2 {
			name, val, hasVal = a[:2], a[2:], true
		}
		value := func(flag string) (string, bool) {
			if hasVal {
				return val, true
			}
			if i+1 < len(args) && (!strings.HasPrefix(args[i+1], "-") || isNumber(args[i+1])) {
				i++
				return args[i], true
			}
			return "", false
		}
		switch name {
		case "-h", "--help":
			fmt.Fprint(stdout, astHelp)
			return 0
		case "-m", "--mode":
			v, ok := value(name)
			if !ok {
				return fail("argument -m/--mode: expected one argument")
			}
			switch v {
			case "exec", "single", "eval", "func_type":
				mode = v
			default:
				return fail(fmt.Sprintf("argument -m/--mode: invalid choice: %s (choose from exec, single, eval, func_type)", quote(v)))
			}
		case "--no-type-comments":
			typeComments = false
		case "-a", "--include-attributes":
			opt.IncludeAttributes = true
			if hasVal && name == "-a" {
				// A cluster such as -ai2 continues with the next flag.
				args = append(args[:i+1], append([]string{"-" + val}, args[i+1:]...)...)
			}
		case "-i", "--indent":
			v, ok := value(name)
			if !ok {
				return fail("argument -i/--indent: expected one argument")
			}
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				return fail(fmt.Sprintf("argument -i/--indent: invalid int value: %s", quote(v)))
			}
			opt.Indent = max(n, 0)
		case "--feature-version":
			if _, ok := value(name); !ok {
				return fail("argument --feature-version: expected one argument")
			}
		case "-O", "--optimize":
			v, ok := value(name)
			if !ok {
				return fail("argument -O/--optimize: expected one argument")
			}
			if _, err := strconv.Atoi(strings.TrimSpace(v)); err != nil {
				return fail(fmt.Sprintf("argument -O/--optimize: invalid int value: %s", quote(v)))
			}
		case "--show-empty":
			opt.ShowEmpty = true
		default:
			if strings.HasPrefix(a, "-") && a != "-" {
				extra = append(extra, a)
			} else if infile == "" {
				infile = a
			} else {
				extra = append(extra, a)
			}
		}
	}
	if len(extra) > 0 {
		return fail("unrecognized arguments: " + strings.Join(extra, " "))
	}
	var src []byte
	var err error
	name := infile
	if infile == "" || infile == "-" {
		name = "<stdin>"
		src, err = io.ReadAll(stdin)
	} else {
		src, err = os.ReadFile(infile)
	}
	if err != nil {
		fmt.Fprintf(stderr, "Traceback (most recent call last):\nFileNotFoundError: [Errno 2] No such file or directory: %s\n", quote(infile))
		return 1
	}
	mod, warnings, perr := parser.Parse(name, src, parser.Options{Mode: mode, TypeComments: typeComments})
	printWarnings(stderr, name, warnings)
	if perr != nil {
		fmt.Fprint(stderr, "Traceback (most recent call last):\n"+report.SyntaxError(perr))
		return 1
	}
	fmt.Fprintln(stdout, ast.Dump(mod, opt))
	return 0
}

func isNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}
