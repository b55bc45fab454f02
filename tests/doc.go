// Package tests holds pygo's conformance suites, whose expected outputs all
// come from CPython 3.14 through the oracle in tools/oracle:
//
//   - syntax/: valid programs; NAME.ast is `python3.14 -m ast -a NAME`,
//     NAME.warn the warnings raised while parsing (syntax_test.go).
//   - syntaxerr/: invalid programs; NAME.err holds the SyntaxError's facts,
//     NAME.report what `python3.14 NAME` prints (syntaxerr_test.go).
//     syntaxerr/compile/ holds errors CPython finds after parsing.
//   - the standard library of the pinned pyodide package, parsed and dumped
//     at test time (corpus_test.go).
//
// Regenerate expected outputs with `go run ./tools/oracle/regen`; never edit
// them by hand. known_failures.txt lists cases allowed to fail for now.
package tests
