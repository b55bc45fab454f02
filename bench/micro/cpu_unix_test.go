//go:build unix

package micro

import "syscall"

// cpuNow is the process's user+sys CPU time in ns (all threads).
func cpuNow() int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Utime.Nano() + ru.Stime.Nano()
}
