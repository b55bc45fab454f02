package symtable

import (
	"sort"
	"strconv"
	"strings"
)

// Dump renders t and its children in the canonical text form that
// testdata/symdump.py prints for CPython's symtable module: per table its
// type, name, line, nesting and parameters, then its symbols sorted by
// name with CPython's combined value (flags | scope<<12), then its
// children, indented.
func Dump(t *Table) string {
	var b strings.Builder
	dump(&b, t, "")
	return b.String()
}

func dump(b *strings.Builder, t *Table, ind string) {
	b.WriteString(ind)
	b.WriteString(t.Type.String())
	b.WriteString(" ")
	b.WriteString(t.Name)
	b.WriteString(" line=")
	b.WriteString(strconv.Itoa(t.Loc.Lineno))
	b.WriteString(" nested=")
	if t.Nested {
		b.WriteString("1")
	} else {
		b.WriteString("0")
	}
	b.WriteString(" varnames=[")
	b.WriteString(strings.Join(t.Varnames, " "))
	b.WriteString("]\n")
	syms := append([]Symbol(nil), t.Symbols...)
	sort.Slice(syms, func(i, j int) bool { return syms[i].Name < syms[j].Name })
	for _, s := range syms {
		b.WriteString(ind)
		b.WriteString("  ")
		b.WriteString(s.Name)
		b.WriteString(" ")
		b.WriteString(strconv.Itoa(s.Value()))
		b.WriteString("\n")
	}
	for _, c := range t.Children {
		dump(b, c, ind+"    ")
	}
}
