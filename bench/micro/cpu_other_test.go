//go:build !unix

package micro

func cpuNow() int64 { return 0 } // cpu-ns/op is unix-only
