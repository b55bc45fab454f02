package report

import (
	"strings"
	"unicode/utf8"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
)

// writeMultiLineCarets shows an instruction that spans several lines as
// CPython 3.13+'s traceback module does: the lines, dedented together,
// reduced to the significant ones (first, last, and those around the
// anchors; longer gaps become "...<N lines>..."), each followed by its
// marker line when markers are shown.
func writeMultiLineCarets(b *strings.Builder, f TBFrame, src *SourceLines) {
	var orig []string
	for n := f.Line; n <= f.EndLine; n++ {
		l, ok := src.Line(f.Filename, n)
		if !ok {
			writeMultiLine(b, f, src)
			return
		}
		orig = append(orig, strings.TrimRight(l, "\r\n"))
	}
	all := dedentLines(orig)
	first, last := orig[0], orig[len(orig)-1]
	start := runeOffset(first, f.Col)
	end := runeOffset(last, f.EndCol)
	ded := utf8.RuneCountInString(first) - utf8.RuneCountInString(all[0])
	start = max(0, start-ded)
	end = max(0, end-ded)
	joined := strings.Join(all, "\n")
	jr := []rune(joined)
	lastLen := utf8.RuneCountInString(all[len(all)-1])
	segEnd := len(jr) - (lastLen - end)
	if start > segEnd || segEnd > len(jr) {
		writeMultiLine(b, f, src)
		return
	}
	seg := string(jr[start:segEnd])
	_, as, ae := anchors(seg)
	hasAnchors := as >= 0
	// Anchor positions as (line, column) within all, in runes.
	pos := func(byteOff int) (int, int) {
		pre := []rune(seg[:byteOff])
		line, col := 0, start
		for _, r := range pre {
			if r == '\n' {
				line++
				col = 0
			} else {
				col++
			}
		}
		return line, col
	}
	var leftLine, leftCol, rightLine, rightCol int
	if hasAnchors {
		leftLine, leftCol = pos(as)
		rightLine, rightCol = pos(ae)
	}
	show := hasAnchors
	if !show {
		show = strings.TrimSpace(string([]rune(all[0])[:min(start, utf8.RuneCountInString(all[0]))])) != "" ||
			strings.TrimSpace(string([]rune(all[len(all)-1])[min(end, lastLen):])) != ""
	}
	if callSpansLines(joined, len(all), start, end) {
		show = false
	}
	sig := map[int]bool{0: true, len(all) - 1: true}
	if hasAnchors {
		for _, l := range []int{leftLine - 1, leftLine, leftLine + 1, rightLine - 1, rightLine, rightLine + 1} {
			if l >= 0 && l < len(all) {
				sig[l] = true
			}
		}
	}
	var out []string
	output := func(ln int) {
		line := all[ln]
		out = append(out, line)
		if !show {
			return
		}
		rl := []rune(line)
		spaces := len(rl) - len([]rune(strings.TrimLeft(line, " \t\f")))
		n := len(rl)
		if ln == len(all)-1 {
			n = end
		}
		var c strings.Builder
		for col := 0; col < n; col++ {
			switch {
			case col < spaces || (ln == 0 && col < start):
				c.WriteByte(' ')
			case hasAnchors && (ln > leftLine || (ln == leftLine && col >= leftCol)) &&
				(ln < rightLine || (ln == rightLine && col < rightCol)):
				c.WriteByte('^')
			case hasAnchors:
				c.WriteByte('~')
			default:
				c.WriteByte('^')
			}
		}
		out = append(out, c.String())
	}
	prev := -1
	for ln := 0; ln < len(all); ln++ {
		if !sig[ln] {
			continue
		}
		if prev >= 0 {
			switch d := ln - prev; {
			case d == 2:
				output(ln - 1)
			case d > 2:
				out = append(out, "...<"+itoa(d-1)+" lines>...")
			}
		}
		output(ln)
		prev = ln
	}
	for _, l := range dedentLines(out) {
		b.WriteString("    " + l + "\n")
	}
}

// dedentLines removes the whitespace prefix common to the non-blank lines,
// as textwrap.dedent does (blank lines become empty).
func dedentLines(lines []string) []string {
	common := -1
	for _, l := range lines {
		t := strings.TrimLeft(l, " \t")
		if t == "" {
			continue
		}
		if ind := len(l) - len(t); common < 0 || ind < common {
			common = ind
		}
	}
	res := make([]string, len(lines))
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if common > 0 {
			l = l[common:]
		}
		res[i] = l
	}
	return res
}

// runeOffset converts a byte offset in line to a character offset.
func runeOffset(line string, off int) int {
	if off > len(line) {
		off = len(line)
	}
	if off < 0 {
		return 0
	}
	return utf8.RuneCountInString(line[:off])
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for n > 0 {
		d = append([]byte{byte('0' + n%10)}, d...)
		n /= 10
	}
	return string(d)
}

// callSpansLines is callSpansStatement for a statement over several
// lines: `return f(...)` or `name = f(...)` whose call covers exactly the
// marked range gets no markers.
func callSpansLines(stmt string, nlines, start, end int) bool {
	mod, _, err := parser.Parse("<stmt>", []byte(stmt), parser.Options{})
	if err != nil || mod == nil {
		return false
	}
	m, ok := mod.(*ast.Module)
	if !ok || len(m.Body) == 0 {
		return false
	}
	var call *ast.Call
	switch s := m.Body[0].(type) {
	case *ast.Return:
		if c, ok := s.Value.(*ast.Call); ok {
			if _, ok := c.Func.(*ast.Name); ok {
				call = c
			}
		}
	case *ast.Assign:
		if c, ok := s.Value.(*ast.Call); ok && len(s.Targets) == 1 {
			if _, ok := s.Targets[0].(*ast.Name); ok {
				call = c
			}
		}
	}
	if call == nil {
		return false
	}
	sp := call.GetSpan()
	return sp.Start.Line == 1 && int(sp.End.Line) == nlines && int(sp.Start.Col) == start && int(sp.End.Col) == end
}
