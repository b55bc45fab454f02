// Command run times pygo against CPython on the programs in bench/programs.
//
//	go run ./bench/run [-n 3] [-pygo PATH] [-python /usr/bin/python3.11] [names...]
//
// It builds pygo (unless -pygo is given), then runs CPython and pygo
// alternately on each program n times, keeping the best wall time and the
// best user+sys CPU time of each, checks that both printed the same output,
// and prints one row per program with the ratio pygo/CPython and the
// geometric mean of the ratios. The last row is start-up: `-c pass`, best
// of 20. Run it from the repository root.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

type timing struct {
	wall, cpu time.Duration
}

// runOnce runs prog with args and returns its stdout and timings.
func runOnce(prog string, args ...string) ([]byte, timing, error) {
	var out, errb bytes.Buffer
	cmd := exec.Command(prog, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	var tm timing
	tm.wall = wall
	if cmd.ProcessState != nil {
		tm.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	if err != nil {
		return out.Bytes(), tm, fmt.Errorf("%s %s: %v\n%s", prog, strings.Join(args, " "), err, lastLines(errb.String(), 10))
	}
	return out.Bytes(), tm, nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

func best(a, b timing) timing {
	if b.wall < a.wall {
		a.wall = b.wall
	}
	if b.cpu < a.cpu {
		a.cpu = b.cpu
	}
	return a
}

func secs(d time.Duration) string { return fmt.Sprintf("%.3f", d.Seconds()) }

func main() {
	n := flag.Int("n", 3, "runs per program and interpreter (best is kept)")
	pygo := flag.String("pygo", "", "pygo binary to time (default: build ./cmd/pygo into a temporary directory)")
	python := flag.String("python", "/usr/bin/python3.11", "reference interpreter")
	dir := flag.String("dir", "bench/programs", "directory of the benchmark programs")
	flag.Parse()

	if *pygo == "" {
		tmp, err := os.MkdirTemp("", "pygo-bench")
		if err != nil {
			fatal(err)
		}
		defer os.RemoveAll(tmp)
		*pygo = filepath.Join(tmp, "pygo")
		build := exec.Command("go", "build", "-o", *pygo, "./cmd/pygo")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			fatal(fmt.Errorf("building pygo: %v", err))
		}
	}

	names := flag.Args()
	if len(names) == 0 {
		files, err := filepath.Glob(filepath.Join(*dir, "*.py"))
		if err != nil || len(files) == 0 {
			fatal(fmt.Errorf("no programs in %s (run from the repository root)", *dir))
		}
		for _, f := range files {
			names = append(names, strings.TrimSuffix(filepath.Base(f), ".py"))
		}
		sort.Strings(names)
	}

	fmt.Printf("%-16s %9s %9s %7s   %9s %9s %7s\n", "program", "py3.11 s", "pygo s", "ratio", "py cpu s", "pygo cpu", "ratio")
	var logWall, logCPU float64
	count, failed := 0, 0
	for _, name := range names {
		file := filepath.Join(*dir, strings.TrimSuffix(name, ".py")+".py")
		var pyT, goT timing
		var pyOut, goOut []byte
		var err error
		for i := 0; i < *n && err == nil; i++ {
			var o []byte
			var tm timing
			if o, tm, err = runOnce(*python, file); err != nil {
				break
			}
			pyOut = o
			if i == 0 {
				pyT = tm
			} else {
				pyT = best(pyT, tm)
			}
			if o, tm, err = runOnce(*pygo, file); err != nil {
				break
			}
			goOut = o
			if i == 0 {
				goT = tm
			} else {
				goT = best(goT, tm)
			}
			if !bytes.Equal(pyOut, goOut) {
				err = fmt.Errorf("output differs:\n--- %s\n%s--- pygo\n%s", *python, lastLines(string(pyOut), 5), lastLines(string(goOut), 5))
			}
		}
		if err != nil {
			fmt.Printf("%-16s FAILED: %v\n", name, err)
			failed++
			continue
		}
		rw := goT.wall.Seconds() / pyT.wall.Seconds()
		rc := goT.cpu.Seconds() / math.Max(pyT.cpu.Seconds(), 1e-3)
		logWall += math.Log(rw)
		logCPU += math.Log(rc)
		count++
		fmt.Printf("%-16s %9s %9s %6.2fx   %9s %9s %6.2fx\n", name, secs(pyT.wall), secs(goT.wall), rw, secs(pyT.cpu), secs(goT.cpu), rc)
	}
	if count > 0 {
		fmt.Printf("%-16s %9s %9s %6.2fx   %9s %9s %6.2fx\n", "geometric mean", "", "", math.Exp(logWall/float64(count)), "", "", math.Exp(logCPU/float64(count)))
	}

	// Start-up: the interpreter doing nothing.
	var pyS, goS timing
	for i := 0; i < 20; i++ {
		_, a, err := runOnce(*python, "-c", "pass")
		if err != nil {
			fatal(err)
		}
		_, b, err := runOnce(*pygo, "-c", "pass")
		if err != nil {
			fatal(err)
		}
		if i == 0 {
			pyS, goS = a, b
		} else {
			pyS, goS = best(pyS, a), best(goS, b)
		}
	}
	fmt.Printf("%-16s %9s %9s %6.2fx   %9s %9s %6.2fx\n", "start-up (-c pass)", secs(pyS.wall), secs(goS.wall), goS.wall.Seconds()/pyS.wall.Seconds(),
		secs(pyS.cpu), secs(goS.cpu), goS.cpu.Seconds()/math.Max(pyS.cpu.Seconds(), 1e-3))
	if failed > 0 {
		os.Exit(1)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "bench/run:", err)
	os.Exit(2)
}
