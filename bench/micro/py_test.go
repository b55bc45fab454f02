package micro

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// cpuTimed reports the process CPU time per op (user+sys, all threads, so GC
// workers are included) next to wall ns/op: on a shared, loaded machine it
// is far less noisy than wall time for single-threaded benchmarks.
func cpuTimed(b *testing.B, body func()) {
	c0 := cpuNow()
	body()
	b.ReportMetric(float64(cpuNow()-c0)/float64(b.N), "cpu-ns/op")
}

const python311 = "/usr/bin/python3.11"

// benchPython runs body (which must define run(n) doing n "ops") under
// CPython 3.11 in the same benchmark run, timing inside the interpreter so
// start-up is excluded, and reports CPython's ns per op as ns/op.
func benchPython(b *testing.B, body string) {
	if _, err := os.Stat(python311); err != nil {
		b.Skip("no python3.11")
	}
	script := body + `
import sys, time
n = int(sys.argv[1])
t0, c0 = time.perf_counter_ns(), time.process_time_ns()
r = run(n)  # run may return its own ns/op (e.g. net of loop overhead)
t1, c1 = time.perf_counter_ns(), time.process_time_ns()
print(r if r is not None else (t1 - t0) / n, r if r is not None else (c1 - c0) / n)
`
	out, err := exec.Command(python311, "-c", script, strconv.Itoa(b.N)).Output()
	if err != nil {
		b.Fatal(err)
	}
	f := strings.Fields(string(out))
	if len(f) != 2 {
		b.Fatalf("python printed %q", out)
	}
	ns, err1 := strconv.ParseFloat(f[0], 64)
	cpu, err2 := strconv.ParseFloat(f[1], 64)
	if err1 != nil || err2 != nil {
		b.Fatal(err1, err2)
	}
	b.ReportMetric(ns, "ns/op")
	b.ReportMetric(cpu, "cpu-ns/op")
}

const pyIntLoop = `
def f(n):
    i = 0
    s = 0
    while i < n:
        s = s + i
        i = i + 1
    return s
def run(n):
    while n > 0:
        c = min(n, 65536)
        f(c)
        n -= c
`

const pyFloatLoop = `
def f(n):
    i = 0
    x = 0.0
    while i < n:
        x = x * 0.5 + 1.0
        i = i + 1
    return x
def run(n):
    while n > 0:
        c = min(n, 65536)
        f(c)
        n -= c
`

const pyCountLoop = `
def f(n):
    i = 0
    while i < n:
        i = i + 1
    return i
def run(n):
    while n > 0:
        c = min(n, 65536)
        f(c)
        n -= c
`

const pyFib = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def run(n):
    for _ in range(n):
        fib(25)
`
