package cli

import (
	"os"
	"os/signal"
	"syscall"
	"time"

	timemod "github.com/pygo/pygo/modules/time"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/vm"
)

// Exec runs the command line as the process pygo: the real standard
// streams (the interactive loop starts when stdin is a terminal), SIGINT
// delivered to the interpreter as KeyboardInterrupt, writes to a closed
// pipe failing with EPIPE (BrokenPipeError) instead of killing the
// process. It returns the exit status; a program ended by an uncaught
// KeyboardInterrupt ends the process with SIGINT, as CPython does, so
// that the shell sees it interrupted (status 130).
func Exec(prog string, args []string) int {
	signal.Ignore(syscall.SIGPIPE)
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	interactive := false
	if st, err := os.Stdin.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
		interactive = true
	}
	p := &Process{Prog: prog, Args: args, Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Interactive: interactive}
	if st, err := os.Stdout.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
		p.TerminalOut = true
	}
	timemod.CheckSignals = func(t *py.Thread) *py.Exception { return vm.ThreadOf(t).CheckSignals() }
	p.Started = func(in *vm.Interp) {
		go func() {
			for range sigs {
				in.Interrupt()
				// Wake time.sleep, which waits on its own channel.
				select {
				case timemod.Interrupt <- struct{}{}:
				default:
				}
			}
		}()
	}
	status := Run(p)
	if status == StatusInterrupted && p.interrupted {
		signal.Reset(os.Interrupt)
		syscall.Kill(os.Getpid(), syscall.SIGINT)
		time.Sleep(100 * time.Millisecond)
	}
	return status
}

// StatusInterrupted is the exit status of a program ended by an uncaught
// KeyboardInterrupt (128 + SIGINT).
const StatusInterrupted = 130
