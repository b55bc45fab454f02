// Command probe parses one file (or -e SRC) with pygo in a given mode and
// prints the dump or the error facts, for debugging difftest mismatches.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
)

func main() {
	mode := flag.String("m", "", "mode: exec (default), eval, single, func_type")
	src := flag.String("e", "", "source text (instead of a file)")
	flag.Parse()
	b := []byte(*src)
	name := "<probe>"
	if *src == "" && flag.NArg() > 0 {
		name = flag.Arg(0)
		var err error
		if b, err = os.ReadFile(name); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	mod, warns, perr := parser.Parse(name, b, parser.Options{Mode: *mode, TypeComments: true})
	for _, w := range warns {
		fmt.Printf("warn %d: %s: %s\n", w.Lineno, w.Category, w.Msg)
	}
	if perr != nil {
		fmt.Printf("%s %q %d:%d-%d:%d %q notext=%v\n", perr.Kind, perr.Msg, perr.Lineno, perr.Offset, perr.EndLineno, perr.EndOffset, perr.Text, perr.NoText)
		return
	}
	fmt.Println(ast.Dump(mod, ast.DumpOptions{IncludeAttributes: true, Indent: 1}))
}
