package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/pygo/pygo/compiler"
	"github.com/pygo/pygo/internal/report"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
)

// The interactive loop, as CPython's basic REPL (PYTHON_BASIC_REPL): the
// prompts sys.ps1 and sys.ps2 on stderr, statements compiled in "single"
// mode (an expression statement's value goes to sys.displayhook), more
// lines asked for while the input is incomplete or a compound statement
// has not been ended by an empty line, tracebacks printed and the loop
// going on, the end at end of input or SystemExit (exit(), quit()).

// replLine is one line read for the loop.
type replLine struct {
	text string
	eof  bool
}

// repl runs the interactive loop on the interpreter's stdin and returns
// the exit status. banner: the loop is the program (not -i after one).
func (r *runner) repl(banner bool) int {
	in := r.in
	t := in.Thread()
	stderr := r.p.Stderr
	if banner && r.cfg.Flags.Quiet == 0 {
		fmt.Fprintf(stderr, "Python %s (pygo, pure Go, free-threaded) on linux\nType \"exit()\" or Ctrl-D (i.e. EOF) to leave.\n", Version)
	}
	d := in.Sys.Dict
	if d.GetStr(py.Intern("ps1")).IsNil() {
		d.SetStr(py.Intern("ps1"), py.NewStrObj(">>> "))
	}
	if d.GetStr(py.Intern("ps2")).IsNil() {
		d.SetStr(py.Intern("ps2"), py.NewStrObj("... "))
	}
	prompt := func(name string) string {
		s, exc := py.StrS(t.P, d.GetStr(py.Intern(name)))
		if exc != nil {
			return ""
		}
		return s
	}
	// One read at a time runs in a goroutine, so that SIGINT can end the
	// wait for a line.
	var pending chan replLine
	readLine := func() (replLine, bool) {
		if pending == nil {
			pending = make(chan replLine, 1)
			go func(ch chan replLine) {
				s, err := in.ReadStdinLine()
				ch <- replLine{text: s, eof: s == "" && err != nil || s == "" && err == nil}
			}(pending)
		}
		select {
		case l := <-pending:
			pending = nil
			return l, true
		case <-t.InterruptWake():
			in.InterruptPending()
			return replLine{}, false
		}
	}
	var buf []string
	for {
		in.Flush()
		ps := "ps1"
		if len(buf) > 0 {
			ps = "ps2"
		}
		t.WriteStderr(prompt(ps))
		in.Flush()
		l, ok := readLine()
		if !ok {
			t.WriteStderr("\nKeyboardInterrupt\n")
			buf = buf[:0]
			continue
		}
		if l.eof {
			t.WriteStderr("\n")
			return 0
		}
		line := strings.TrimRight(l.text, "\r\n")
		buf = append(buf, line)
		src := strings.Join(buf, "\n") + "\n"
		if strings.TrimSpace(stripComments(src)) == "" && len(buf) == 1 {
			buf = buf[:0]
			continue
		}
		mod, _, perr := parser.Parse("<stdin>", []byte(src), parser.Options{Mode: "single", AllowIncompleteInput: true})
		if perr != nil && perr.Kind == parser.IncompleteInput {
			continue
		}
		if perr == nil && line != "" && isCompound(mod) {
			// A compound statement ends with an empty line.
			continue
		}
		buf = buf[:0]
		if perr == nil {
			perr, _ = compileCheck(mod, "<stdin>", nil, fromString, stderr)
		}
		if perr == nil {
			code, _, cerr := compiler.Compile(mod, "<stdin>", "single", compiler.Options{Optimize: r.cfg.Flags.Optimize})
			if cerr == nil {
				if exc := in.RunInteractive(code); exc != nil {
					status := in.ExitStatus(exc, nil)
					if exc.Matches(py.SystemExitType) {
						return status
					}
				}
				continue
			}
			perr = cerr
		}
		in.Flush()
		io.WriteString(stderr, report.SyntaxErrorWithSource(perr, &report.Source{Text: []byte(src)}))
	}
}

// isCompound reports whether an interactive statement is a compound one,
// which the loop only runs after an empty line.
func isCompound(mod ast.Mod) bool {
	m, ok := mod.(*ast.Interactive)
	if !ok || len(m.Body) == 0 {
		return false
	}
	switch m.Body[0].(type) {
	case *ast.If, *ast.For, *ast.AsyncFor, *ast.While, *ast.With, *ast.AsyncWith,
		*ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.Try, *ast.TryStar, *ast.Match:
		return true
	}
	return false
}

// stripComments drops a trailing comment of each line (rough: enough to
// see that a line holds nothing to run).
func stripComments(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		if i := strings.IndexByte(l, '#'); i >= 0 && !strings.ContainsAny(l[:i], `"'`) {
			l = l[:i]
		}
		b.WriteString(l + "\n")
	}
	return b.String()
}
