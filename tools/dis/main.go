// Command dis prints pygo's bytecode for a Python source file: the listing
// of the module's code object and of every nested one.
//
//	go run ./tools/dis FILE.py
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/compiler"
	"github.com/pygo/pygo/syntax/parser"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: dis FILE.py")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	name := filepath.Base(os.Args[1])
	mod, _, perr := parser.Parse(name, src, parser.Options{})
	if perr != nil {
		fmt.Fprintf(os.Stderr, "%s:%d: %s\n", name, perr.Lineno, perr.Msg)
		os.Exit(1)
	}
	code, _, cerr := compiler.Compile(mod, name, "exec", compiler.Options{})
	if cerr != nil {
		fmt.Fprintf(os.Stderr, "%s:%d: %s\n", name, cerr.Lineno, cerr.Msg)
		os.Exit(1)
	}
	var walk func(c *bytecode.Code)
	walk = func(c *bytecode.Code) {
		fmt.Print(c.Disassemble())
		fmt.Println()
		for _, n := range c.Nested {
			walk(n)
		}
	}
	walk(code)
}
