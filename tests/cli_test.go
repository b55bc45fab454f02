package tests

import (
	"bytes"
	"os"
	"path"
	"strings"
	"syscall"
	"testing"

	"github.com/pygo/pygo/internal/cli"
)

// TestCLIReport runs `pygo tests/syntaxerr/NAME.py` from the repository root
// and compares what it prints on stderr with NAME.report, which holds what
// `python3.14 tests/syntaxerr/NAME.py` prints, and the exit status with 1.
func TestCLIReport(t *testing.T) {
	cases := listCases(t, "syntaxerr", false, "compile", "typecomments")
	t.Chdir(root)
	same := 0
	for _, c := range cases {
		base := strings.TrimSuffix(c, ".py")
		t.Run(base, func(t *testing.T) {
			rel := path.Join("tests", "syntaxerr", c)
			want, err := os.ReadFile(strings.TrimSuffix(rel, ".py") + ".report")
			if err != nil {
				t.Fatalf("no expected output (run `go run ./tools/oracle/regen`): %v", err)
			}
			code, stdout, stderr := runCLI("pygo", rel)
			problem := diff("report", string(want), stderr)
			if code != 1 {
				problem += "exit status " + itoa(code) + ", want 1\n"
			}
			if stdout != "" {
				problem += "unexpected stdout: " + visible(stdout) + "\n"
			}
			if known.finish(t, "cli-report/"+base, problem) {
				same++
			}
		})
	}
	t.Logf("cli-report: %d/%d reports match CPython's", same, len(cases))
}

// TestCLIAst runs `pygo -m ast -a tests/syntax/NAME.py` and compares stdout
// with NAME.ast, which is what `python3.14 -m ast -a` prints.
func TestCLIAst(t *testing.T) {
	cases := listCases(t, "syntax", true)
	t.Chdir(root)
	same := 0
	for _, c := range cases {
		base := strings.TrimSuffix(c, ".py")
		t.Run(base, func(t *testing.T) {
			rel := path.Join("tests", "syntax", c)
			want, err := os.ReadFile(strings.TrimSuffix(rel, ".py") + ".ast")
			if err != nil {
				t.Fatalf("no expected output (run `go run ./tools/oracle/regen`): %v", err)
			}
			code, stdout, _ := runCLI("pygo", "-m", "ast", "-a", rel)
			problem := diff("pygo -m ast -a output", string(want), stdout)
			if code != 0 {
				problem += "exit status " + itoa(code) + ", want 0\n"
			}
			if known.finish(t, "cli-ast/"+base, problem) {
				same++
			}
		})
	}
	t.Logf("cli-ast: %d/%d dumps match CPython's", same, len(cases))
}

func runCLI(prog string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	defer func() {
		if p := recover(); p != nil {
			code = -1
			errb.WriteString("panic: " + visible(strings.TrimSpace(toString(p))))
		}
		stdout, stderr = out.String(), errb.String()
	}()
	code = cli.Main(prog, args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// runProc runs the command line in process with stdin and an environment.
func runProc(stdin string, env map[string]string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = cli.Run(&cli.Process{Prog: "pygo", Args: args, Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return env[k] }})
	return code, out.String(), errb.String()
}

// TestCLIOptions checks the command line against what CPython 3.14 does
// for the same options (exit statuses and the texts it prints).
func TestCLIOptions(t *testing.T) {
	t.Chdir(root)
	cases := []struct {
		name, stdin string
		env         map[string]string
		args        []string
		code        int
		stdout      string
		stderr      string // prefix
	}{
		{name: "argv-c", args: []string{"-c", "import sys; print(sys.argv)", "a", "b"}, stdout: "['-c', 'a', 'b']\n"},
		{name: "path0-c", args: []string{"-c", "import sys; print(repr(sys.path[0]))"}, stdout: "''\n"},
		{name: "safe-path", args: []string{"-P", "-c", "import sys; print(sys.path[0] != '')"}, stdout: "True\n"},
		{name: "xoptions", args: []string{"-X", "foo", "-Xbar=1", "-W", "error", "-c", "import sys; print(sys._xoptions, sys.warnoptions)"},
			stdout: "{'foo': True, 'bar': '1'} ['error']\n"},
		{name: "warnings-env", env: map[string]string{"PYTHONWARNINGS": "ignore,default"}, args: []string{"-W", "error", "-c", "import sys; print(sys.warnoptions)"},
			stdout: "['ignore', 'default', 'error']\n"},
		{name: "ignore-env", env: map[string]string{"PYTHONWARNINGS": "ignore"}, args: []string{"-E", "-c", "import sys; print(sys.warnoptions)"}, stdout: "[]\n"},
		{name: "flags", args: []string{"-OO", "-q", "-B", "-c", "import sys; f = sys.flags; print(f.optimize, f.quiet, f.dont_write_bytecode, f.isolated)"},
			stdout: "2 1 1 0\n"},
		{name: "isolated", args: []string{"-I", "-c", "import sys; f = sys.flags; print(f.isolated, f.ignore_environment, f.no_user_site, f.safe_path)"},
			stdout: "1 1 1 True\n"},
		{name: "gil", args: []string{"-X", "gil=1", "-c", "import sys; print(sys.flags.gil)"}, stdout: "1\n"},
		{name: "gil-bad", args: []string{"-X", "gil=2", "-c", "pass"}, code: 1, stderr: "Fatal Python error: config_read_gil"},
		{name: "unknown", args: []string{"-z"}, code: 2, stderr: "Unknown option: -z\nusage: pygo [option]"},
		{name: "unknown-long", args: []string{"--nope"}, code: 2, stderr: "unknown option --nope\n"},
		{name: "arg-expected", args: []string{"-c"}, code: 2, stderr: "Argument expected for the -c option\n"},
		{name: "version", args: []string{"-V"}, stdout: "Python 3.14.2\n"},
		{name: "help", args: []string{"-h"}, stdout: "usage: pygo [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"},
		{name: "no-module", args: []string{"-m", "nosuch_module_xyz"}, code: 1, stderr: "pygo: No module named nosuch_module_xyz\n"},
		{name: "no-parent", args: []string{"-m", "nosuch_pkg_xyz.sub"}, code: 1,
			stderr: "pygo: Error while finding module specification for 'nosuch_pkg_xyz.sub' (ModuleNotFoundError: No module named 'nosuch_pkg_xyz')\n"},
		{name: "module-main", env: map[string]string{"PYTHONPATH": "tests/exec/traceback"}, args: []string{"-m", "_clipkg", "x"}, stdout: "clipkg main __main__ x\n"},
		{name: "stdin-program", stdin: "import sys\nprint(sys.argv, 6 * 7)\n", stdout: "[''] 42\n"},
		{name: "stdin-dash", stdin: "import sys\nprint(sys.argv)\n", args: []string{"-", "q"}, stdout: "['-', 'q']\n"},
		{name: "exit-str", args: []string{"-c", "raise SystemExit('bye')"}, code: 1, stderr: "bye\n"},
		{name: "exit-int", args: []string{"-c", "import sys; sys.exit(260)"}, code: 4},
		{name: "exit-builtin", args: []string{"-c", "print(repr(quit)); exit(7)"}, code: 7, stdout: "Use quit() or Ctrl-D (i.e. EOF) to exit\n"},
		{name: "no-site-exit", args: []string{"-S", "-c", "exit"}, code: 1, stderr: "Traceback (most recent call last):\n"},
		{name: "keyboard-interrupt", args: []string{"-c", "raise KeyboardInterrupt"}, code: 130,
			stderr: "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n    raise KeyboardInterrupt\nKeyboardInterrupt\n"},
		{name: "excepthook", args: []string{"-c", "import sys\nsys.excepthook = lambda *a: print('hook', a[0].__name__)\n1/0"}, code: 1, stdout: "hook ZeroDivisionError\n"},
		{name: "excepthook-fails", args: []string{"-c", "import sys\ndef h(*a): raise TypeError('in hook')\nsys.excepthook = h\n1/0"}, code: 1,
			stderr: "Error in sys.excepthook:\nTraceback (most recent call last):\n"},
		{name: "repl", stdin: "x = 5\nx * 2\nif x:\n  print('yes')\n\n1/0\n_\nexit(3)\n", args: []string{"-i", "-q"}, code: 3, stdout: "10\nyes\n10\n",
			stderr: ">>> >>> >>> ... ... >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> "},
		{name: "repl-eof", stdin: "def f(:\n", args: []string{"-i", "-q"}, stderr: ">>>   File \"<stdin>\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n>>> \n"},
		{name: "inspect-after", stdin: "print(y + 1)\n", args: []string{"-i", "-c", "y = 41"}, stdout: "42\n", stderr: ">>> >>> \n"},
		{name: "pythonpath", env: map[string]string{"PYTHONPATH": "tests/exec/traceback"}, args: []string{"-c", "import _clipkg.__main__"},
			stdout: "clipkg main _clipkg.__main__\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runProc(c.stdin, c.env, c.args...)
			if c.name == "help" {
				stdout = stdout[:len(c.stdout)]
			}
			if code != c.code || stdout != c.stdout || !strings.HasPrefix(stderr, c.stderr) {
				t.Errorf("pygo %q: status %d, stdout %q, stderr %q; want %d, %q, %q...", c.args, code, stdout, stderr, c.code, c.stdout, c.stderr)
			}
		})
	}
}

// brokenPipe is a stdout whose reader has gone away.
type brokenPipe struct{}

func (brokenPipe) Write(p []byte) (int, error) { return 0, syscall.EPIPE }

// TestCLIFlushFailure: when sys.stdout cannot be flushed at exit, CPython
// reports it and exits with status 120.
func TestCLIFlushFailure(t *testing.T) {
	var errb bytes.Buffer
	code := cli.Run(&cli.Process{Prog: "pygo", Args: []string{"-c", "print('lost')"}, Stdin: strings.NewReader(""),
		Stdout: brokenPipe{}, Stderr: &errb, Getenv: func(string) string { return "" }})
	want := "Exception ignored while flushing sys.stdout:\nBrokenPipeError: [Errno 32] Broken pipe\n"
	if code != 120 || errb.String() != want {
		t.Fatalf("status %d, stderr %q; want 120, %q", code, errb.String(), want)
	}
}
