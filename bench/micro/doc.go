// Package micro holds the micro-benchmarks behind docs/design/execution-core.md.
//
// Nothing here is product code: each file is a minimal model of one hot-path
// design alternative (value representation, dispatch, calls, free-threaded
// containers, attribute lookup, string hashing, exceptions), small enough to
// compare the alternatives on equal terms. Run:
//
//	go test -run XXX -bench . -benchmem -count 5 ./bench/micro/
//	go test -race -run Stress ./bench/micro/
package micro
