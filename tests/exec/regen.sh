#!/usr/bin/env bash
# Regenerates the expected outputs of tests/exec from the oracle (real
# CPython 3.14): NAME.out, NAME.err, NAME.rc for every NAME.py given, or
# for all of them. Run from anywhere; the programs run as
# `python3.14 tests/exec/NAME.py` from the repository root, as the Go
# harness (tests/exec_test.go) runs them.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ $# -eq 0 ]]; then
  set -- tests/exec/*.py
else
  # Names are taken relative to tests/exec.
  set -- "${@/#/tests/exec/}"
fi
exec /work/shared/tools/py314 --outdir tests/exec "$@"
