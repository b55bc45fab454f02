//go:build race

package tests

// raceEnabled: the race detector slows Python code ~10x; the thread
// programs then run with fewer operations.
const raceEnabled = true
