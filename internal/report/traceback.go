package report

import (
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pygo/pygo/stdlib"
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
)

// TBFrame is one traceback entry: where an exception passed through.
// Columns are 0-based UTF-8 byte offsets into their lines, -1 if unknown.
type TBFrame struct {
	Filename string
	Name     string
	Line     int
	EndLine  int
	Col      int
	EndCol   int
}

// TBException is one exception of a chain as the traceback prints it.
type TBException struct {
	Frames []TBFrame
	// Summary is the last line(s): "TypeError: message" (or the lines of
	// a SyntaxError report), without the final newline.
	Summary string
	// Link is printed between this exception and the next one in the
	// chain (the one raised later), e.g. "During handling of the above
	// exception, another exception occurred:".
	Link string
	// IsGroup marks an exception group: Group holds the chains of its
	// first sub-exceptions (at most MaxGroupWidth of them are printed) and
	// GroupSize how many it has in all.
	IsGroup   bool
	Group     [][]TBException
	GroupSize int
}

// Limits of the printing of exception groups (the traceback module's
// max_group_width and max_group_depth).
const (
	MaxGroupWidth = 15
	MaxGroupDepth = 10
)

// Link texts of chained exceptions.
const (
	LinkContext = "During handling of the above exception, another exception occurred:"
	LinkCause   = "The above exception was the direct cause of the following exception:"
)

// SourceLines reads source lines for tracebacks (a cache of files).
type SourceLines struct {
	files map[string][]string
	// Sources maps file names to in-memory sources (-c programs, stdin).
	Sources map[string][]byte
}

// Line returns line n (1-based) of file, without its newline.
func (s *SourceLines) Line(file string, n int) (string, bool) {
	if s.files == nil {
		s.files = map[string][]string{}
	}
	lines, ok := s.files[file]
	if !ok {
		var data []byte
		if src, ok := s.Sources[file]; ok {
			data = src
		} else if stdlib.Contains(file) {
			data, _ = stdlib.ReadFile(file)
		} else if b, err := os.ReadFile(file); err == nil {
			data = b
		}
		if data != nil {
			lines = strings.Split(string(data), "\n")
		}
		s.files[file] = lines
	}
	if n < 1 || n > len(lines) {
		return "", false
	}
	return strings.TrimRight(lines[n-1], "\r"), true
}

// Traceback formats a chain of exceptions, oldest first, as CPython 3.14
// prints an uncaught exception.
func Traceback(chain []TBException, src *SourceLines) string {
	if src == nil {
		src = &SourceLines{}
	}
	var b strings.Builder
	p := &tbPrinter{b: &b, src: src}
	p.chain(chain)
	return b.String()
}

// tbPrinter follows the traceback module's printing of nested exception
// groups: every line printed inside a group gets a margin of two spaces
// per level and "| " (or "+ " for the first line of the outermost group).
type tbPrinter struct {
	b         *strings.Builder
	src       *SourceLines
	depth     int
	needClose bool
}

func (p *tbPrinter) indent() string { return strings.Repeat(" ", 2*p.depth) }

// emit writes text (whole lines), prefixing each line with the margin.
func (p *tbPrinter) emit(text string, margin byte) {
	if p.depth == 0 {
		p.b.WriteString(text)
		return
	}
	prefix := p.indent() + string(margin) + " "
	for text != "" {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line = text[:i+1]
		}
		text = text[len(line):]
		p.b.WriteString(prefix)
		p.b.WriteString(line)
	}
}

func (p *tbPrinter) chain(chain []TBException) {
	for i, e := range chain {
		if i > 0 && chain[i-1].Link != "" {
			p.emit("\n"+chain[i-1].Link+"\n\n", '|')
		}
		if !e.IsGroup {
			if len(e.Frames) > 0 {
				p.emit("Traceback (most recent call last):\n", '|')
				p.frames(e.Frames)
			}
			p.emit(e.Summary+"\n", '|')
			continue
		}
		if p.depth > MaxGroupDepth {
			p.emit("... (max_group_depth is "+strconv.Itoa(MaxGroupDepth)+")\n", '|')
			continue
		}
		top := p.depth == 0
		if top {
			p.depth++
		}
		if len(e.Frames) > 0 {
			margin := byte('|')
			if top {
				margin = '+'
			}
			p.emit("Exception Group Traceback (most recent call last):\n", margin)
			p.frames(e.Frames)
		}
		p.emit(e.Summary+"\n", '|')
		n := e.GroupSize
		if n > MaxGroupWidth {
			n = MaxGroupWidth + 1
		}
		p.needClose = false
		for k := 0; k < n; k++ {
			last := k == n-1
			if last {
				p.needClose = true
			}
			truncated := k >= MaxGroupWidth
			title := strconv.Itoa(k + 1)
			if truncated {
				title = "..."
			}
			lead := "  "
			if k == 0 {
				lead = "+-"
			}
			p.b.WriteString(p.indent() + lead + "+---------------- " + title + " ----------------\n")
			p.depth++
			if !truncated {
				if k < len(e.Group) {
					p.chain(e.Group[k])
				}
			} else {
				rest := e.GroupSize - MaxGroupWidth
				s := "s"
				if rest == 1 {
					s = ""
				}
				p.emit("and "+strconv.Itoa(rest)+" more exception"+s+"\n", '|')
			}
			if last && p.needClose {
				p.b.WriteString(p.indent() + "+------------------------------------\n")
				p.needClose = false
			}
			p.depth--
		}
		if top {
			p.depth = 0
		}
	}
}

func (p *tbPrinter) frames(frames []TBFrame) {
	if p.depth == 0 {
		writeFrames(p.b, frames, p.src)
		return
	}
	var fb strings.Builder
	writeFrames(&fb, frames, p.src)
	p.emit(fb.String(), '|')
}

func writeFrames(b *strings.Builder, frames []TBFrame, src *SourceLines) {
	// Runs of identical entries (recursion) are collapsed after three.
	var last string
	count := 0
	flush := func() {
		if count > 3 {
			n := count - 3
			s := "s"
			if n == 1 {
				s = ""
			}
			b.WriteString("  [Previous line repeated " + strconv.Itoa(n) + " more time" + s + "]\n")
		}
	}
	for _, f := range frames {
		key := f.Filename + "\x00" + strconv.Itoa(f.Line) + "\x00" + f.Name
		if key == last {
			count++
			if count > 3 {
				continue
			}
		} else {
			flush()
			last, count = key, 1
		}
		b.WriteString(`  File "` + f.Filename + `", line ` + strconv.Itoa(f.Line) + ", in " + f.Name + "\n")
		line, ok := src.Line(f.Filename, f.Line)
		if !ok || strings.TrimSpace(line) == "" {
			continue
		}
		if f.EndLine > f.Line && f.Col >= 0 {
			writeMultiLineCarets(b, f, src)
			continue
		}
		stripped := strings.TrimLeft(line, " \t\f")
		indent := len(line) - len(stripped)
		stripped = strings.TrimRight(stripped, " \t\f")
		b.WriteString("    " + stripped + "\n")
		if carets := caretLine(f, line, indent, len(stripped)); carets != "" {
			b.WriteString("    " + carets + "\n")
		}
	}
	flush()
}

// caretLine draws the position markers under a source line: "^" under the
// failing expression, with "~" for the parts that are not the anchor
// (operands of a binary operator, the value of a subscript, the callee).
// Nothing is drawn when the markers would cover the whole line with
// nothing to distinguish.
func caretLine(f TBFrame, line string, indent, textLen int) string {
	if f.Col < 0 || f.EndCol < 0 || f.Line <= 0 {
		return ""
	}
	start, end := f.Col, f.EndCol
	if f.EndLine != f.Line {
		return ""
	}
	if start < indent {
		start = indent
	}
	if end > indent+textLen {
		end = indent + textLen
	}
	if end <= start || end > len(line) {
		return ""
	}
	seg := line[start:end]
	if callSpansStatement(line[indent:indent+textLen], start-indent, end-indent) {
		return ""
	}
	primaryEnd, anchorStart, anchorEnd := anchors(seg)
	whole := start == indent && end == indent+textLen
	if anchorStart < 0 && whole {
		return ""
	}
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", utf8.RuneCountInString(line[indent:start])))
	i := 0
	for _, r := range seg {
		_ = r
		c := "^"
		if anchorStart >= 0 {
			c = "~"
			if i >= anchorStart && i < anchorEnd {
				c = "^"
			}
		}
		_ = primaryEnd
		b.WriteString(c)
		i += utf8.RuneLen(r)
	}
	return b.String()
}

// anchors parses the segment as an expression and returns the byte range
// of its anchor (the operator of a BinOp, the [slice] of a Subscript, the
// (arguments) of a Call); anchorStart is -1 when there is none.
func anchors(seg string) (primaryEnd, anchorStart, anchorEnd int) {
	src := "(\n" + seg + "\n)"
	mod, _, err := parser.Parse("<anchor>", []byte(src), parser.Options{Mode: "eval"})
	if err != nil || mod == nil {
		return 0, -1, -1
	}
	ex, ok := mod.(*ast.Expression)
	if !ok {
		return 0, -1, -1
	}
	lines := strings.Split(seg, "\n")
	off := func(p ast.Expr, end bool) int {
		sp := p.GetSpan()
		pos := sp.Start
		if end {
			pos = sp.End
		}
		// Line 2 of src is the segment's first line.
		ln := int(pos.Line) - 2
		o := 0
		for i := 0; i < ln && i < len(lines); i++ {
			o += len(lines[i]) + 1
		}
		return o + int(pos.Col)
	}
	switch n := ex.Body.(type) {
	case *ast.BinOp:
		l := off(n.Left, true)
		r := off(n.Right, false)
		// The operator: the first non-space, non-")" characters after the left operand.
		i := l
		for i < r && (seg[i] == ' ' || seg[i] == ')' || seg[i] == '\t' || seg[i] == '\n' || seg[i] == '\\') {
			i++
		}
		j := i
		for j < r && seg[j] != ' ' && seg[j] != '(' && seg[j] != '\n' && !isOperandStart(seg[j], seg[i]) {
			j++
		}
		if j == i {
			j = i + 1
		}
		return l, i, j
	case *ast.Subscript:
		v := off(n.Value, true)
		i := v
		for i < len(seg) && seg[i] != '[' {
			i++
		}
		return v, i, len(seg)
	case *ast.Call:
		fe := off(n.Func, true)
		i := fe
		for i < len(seg) && seg[i] != '(' {
			i++
		}
		return fe, i, len(seg)
	}
	return 0, -1, -1
}

// isOperandStart stops the operator scan at the next operand (operators
// are made of punctuation; "and"-like words do not occur in BinOp).
func isOperandStart(c, first byte) bool {
	if strings.IndexByte("+-*/%@<>&|^=!~", c) >= 0 {
		return false
	}
	return true
}

// callSpansStatement reports whether the statement on the line is
// `return f(...)` or `name = f(...)` with the call exactly covering the
// marked range: CPython draws no markers under such a line.
func callSpansStatement(stmt string, start, end int) bool {
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
	return sp.Start.Line == 1 && sp.End.Line == 1 && int(sp.Start.Col) == start && int(sp.End.Col) == end
}

// writeMultiLine shows an instruction spanning several lines: all its
// lines, dedented together.
func writeMultiLine(b *strings.Builder, f TBFrame, src *SourceLines) {
	var lines []string
	common := -1
	for n := f.Line; n <= f.EndLine; n++ {
		l, ok := src.Line(f.Filename, n)
		if !ok {
			break
		}
		l = strings.TrimRight(l, " \t\f")
		lines = append(lines, l)
		if strings.TrimSpace(l) == "" {
			continue
		}
		ind := len(l) - len(strings.TrimLeft(l, " \t\f"))
		if common < 0 || ind < common {
			common = ind
		}
	}
	if common < 0 {
		common = 0
	}
	for _, l := range lines {
		if len(l) >= common {
			l = l[common:]
		}
		b.WriteString("    " + l + "\n")
	}
}
