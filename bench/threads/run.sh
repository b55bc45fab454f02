#!/bin/sh
# Parallel-speedup benchmark: pygo (free-threaded, then -X gil=1) against
# CPython in the same run. Usage: bench/threads/run.sh [workers] [iterations] [reps]
# Run from the repository root on a quiet machine (uptime is printed).
set -e
cd "$(dirname "$0")/../.."
go build -o /tmp/pygo-bench-threads ./cmd/pygo
uptime
/tmp/pygo-bench-threads bench/threads/speedup.py "$@"
/tmp/pygo-bench-threads -X gil=1 bench/threads/speedup.py "$@"
for py in /usr/bin/python3.11 python3.14t python3.13t; do
	if command -v "$py" >/dev/null 2>&1; then
		"$py" bench/threads/speedup.py "$@"
	fi
done
