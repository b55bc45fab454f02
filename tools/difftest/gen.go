package main

import (
	"archive/zip"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"strings"

	"github.com/pygo/pygo/syntax/scanner"
	"github.com/pygo/pygo/syntax/token"
)

// generate writes n programs of each generator into dir/cases.
func generate(dir, zipPath string, n int, seed int64) error {
	r := rand.New(rand.NewSource(seed))
	files, err := readStdlib(zipPath)
	if err != nil {
		return err
	}
	write := func(mode, kind string, i int, src string) error {
		p := filepath.Join(dir, "cases", mode, fmt.Sprintf("%s_%05d.py", kind, i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		return os.WriteFile(p, []byte(src), 0o644)
	}
	g := &exprGen{r: r}
	for i := 0; i < n; i++ {
		// (i) mutated stdlib snippets, for the error path.
		snip := snippet(r, files[r.Intn(len(files))])
		if err := write("exec", "mut", i, mutate(r, snip)); err != nil {
			return err
		}
		// (ii) random programs from the grammar, mostly valid.
		if err := write("exec", "gram", i, g.module()); err != nil {
			return err
		}
		// (iii) odd lexical input.
		if err := write("exec", "lex", i, lexical(r)); err != nil {
			return err
		}
		// The other modes: valid-ish inputs and their mutations.
		if i%3 == 0 {
			e := g.expr(3)
			if r.Intn(2) == 0 {
				e = mutate(r, e)
			}
			if err := write("eval", "gram", i, e+optNL(r)); err != nil {
				return err
			}
			s := g.stmt(2, 0)
			if r.Intn(2) == 0 {
				s = mutate(r, s)
			}
			if err := write("single", "gram", i, s); err != nil {
				return err
			}
			ft := g.funcType()
			if r.Intn(2) == 0 {
				ft = mutate(r, ft)
			}
			if err := write("func_type", "gram", i, ft+optNL(r)); err != nil {
				return err
			}
		}
	}
	return nil
}

func optNL(r *rand.Rand) string {
	switch r.Intn(4) {
	case 0:
		return "\n"
	case 1:
		return "\n\n"
	}
	return ""
}

func readStdlib(zipPath string) ([]string, error) {
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var out []string
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".py") || f.UncompressedSize64 > 200000 {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	return out, nil
}

// snippet picks a run of top-level statements (a def, a class, or a few
// lines of module code) of at most about 30 lines.
func snippet(r *rand.Rand, src string) string {
	lines := strings.SplitAfter(src, "\n")
	var starts []int
	for i, l := range lines {
		if l != "" && l[0] != ' ' && l[0] != '\t' && l[0] != '#' && l[0] != '\n' && l[0] != ')' && l[0] != ']' && l[0] != '}' {
			starts = append(starts, i)
		}
	}
	if len(starts) == 0 {
		return "x = 1\n"
	}
	k := r.Intn(len(starts))
	from := starts[k]
	to := from + 1 + r.Intn(30)
	// End at a top-level boundary when there is one close by, so that the
	// snippet is usually valid before mutation.
	for j := k + 1; j < len(starts); j++ {
		if starts[j] >= to {
			to = starts[j]
			break
		}
	}
	if to > len(lines) {
		to = len(lines)
	}
	if to-from > 60 {
		to = from + 60
	}
	return strings.Join(lines[from:to], "")
}

var insertToks = []string{
	":", "(", ")", "[", "]", "{", "}", ",", "=", "==", ":=", "->", "@", ".", "...", ";",
	"*", "**", "+", "-", "not", "in", "is", "if", "else", "elif", "lambda", "yield", "await",
	"async", "def", "class", "return", "pass", "import", "from", "as", "with", "for", "while",
	"try", "except", "finally", "del", "global", "nonlocal", "assert", "raise", "match", "case",
	"type", "print", "1", "1.5", "0x", "1_", "x", "_", "'s'", "b'b'", "f'{x}'", "f'{'", "'''",
	"\\", "\n", "\t", "    ", "#", "!", "$", "?", "`", "!=", "<>", "and", "or", "True", "None",
}

// mutate applies one or two token-level edits to src.
func mutate(r *rand.Rand, src string) string {
	for k := 1 + r.Intn(2); k > 0; k-- {
		src = mutateOnce(r, src)
	}
	return src
}

func mutateOnce(r *rand.Rand, src string) string {
	toks := tokenOffsets(src)
	if len(toks) == 0 {
		return src + insertToks[r.Intn(len(insertToks))]
	}
	t := toks[r.Intn(len(toks))]
	switch r.Intn(9) {
	case 0, 1: // delete a token
		return src[:t[0]] + src[t[1]:]
	case 2, 3: // insert a token before one
		ins := insertToks[r.Intn(len(insertToks))]
		sp := ""
		if r.Intn(2) == 0 {
			sp = " "
		}
		return src[:t[0]] + ins + sp + src[t[0]:]
	case 4: // duplicate a token
		return src[:t[1]] + " " + src[t[0]:t[1]] + src[t[1]:]
	case 5: // swap two adjacent tokens
		i := r.Intn(len(toks))
		if i+1 >= len(toks) {
			return src
		}
		a, b := toks[i], toks[i+1]
		return src[:a[0]] + src[b[0]:b[1]] + src[a[1]:b[0]] + src[a[0]:a[1]] + src[b[1]:]
	case 6: // drop a colon or a bracket
		for _, j := range r.Perm(len(toks)) {
			s := src[toks[j][0]:toks[j][1]]
			if strings.ContainsAny(s, ":()[]{}") && len(s) <= 2 {
				return src[:toks[j][0]] + src[toks[j][1]:]
			}
		}
		return src[:t[0]] + src[t[1]:]
	case 7: // break the indentation of a line
		lines := strings.SplitAfter(src, "\n")
		i := r.Intn(len(lines))
		switch r.Intn(4) {
		case 0:
			lines[i] = " " + lines[i]
		case 1:
			lines[i] = strings.TrimLeft(lines[i], " \t")
		case 2:
			lines[i] = "\t" + lines[i]
		default:
			if strings.HasPrefix(lines[i], "  ") {
				lines[i] = lines[i][2:]
			}
		}
		return strings.Join(lines, "")
	default: // cut the text at a token
		return src[:t[1]]
	}
}

// tokenOffsets returns the byte spans of src's tokens (as pygo scans them;
// it stops at the first lexical error).
func tokenOffsets(src string) [][2]int {
	s := scanner.NewString("<mut>", src, 0)
	var out [][2]int
	for i := 0; i < 100000; i++ {
		t := s.Next()
		if t.Kind == token.ENDMARKER || t.Kind == token.ILLEGAL {
			break
		}
		if t.Kind == token.NEWLINE || t.Kind == token.INDENT || t.Kind == token.DEDENT {
			continue
		}
		a, b := int(t.Offset), int(t.EndOffset)
		if a >= 0 && b <= len(src) && a < b {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

// ---- (ii) random programs from the grammar ----

type exprGen struct {
	r     *rand.Rand
	depth int
}

func (g *exprGen) pick(xs ...string) string { return xs[g.r.Intn(len(xs))] }

var names = []string{"x", "y", "z", "a", "b", "f", "g", "obj", "match", "case", "type", "_", "é", "λ", "ｘ"}

func (g *exprGen) name() string { return names[g.r.Intn(len(names))] }

func (g *exprGen) atom() string {
	switch g.r.Intn(16) {
	case 0:
		return g.pick("0", "1", "42", "0x1F", "0o17", "0b101", "1_000", "3.14", "1e10", "1.5j", "0.", ".5", "10**", "1_0.0_1e+1_0")
	case 1:
		return g.pick("'s'", `"d"`, "b'x'", "r'\\d'", "'''t\nq'''", "u'u'", "'a' 'b'", "'\\x41'", "'\\N{DASH}'", "'\\q'", "rb'\\z'")
	case 2:
		return g.fstring(0)
	case 3:
		return g.pick("True", "False", "None", "...")
	case 4:
		return "t'{" + g.name() + "}'"
	}
	return g.name()
}

func (g *exprGen) fstring(depth int) string {
	q := g.pick("'", `"`, "'''", `"""`)
	var b strings.Builder
	b.WriteString(g.pick("f", "F", "rf", "fR", "f"))
	b.WriteString(q)
	for k := g.r.Intn(3); k >= 0; k-- {
		switch g.r.Intn(4) {
		case 0:
			b.WriteString(g.pick("text", "{{", "}}", " ", "\\n", "é"))
		default:
			b.WriteString("{")
			if depth < 2 && g.r.Intn(4) == 0 {
				b.WriteString(g.fstring(depth + 1))
			} else {
				b.WriteString(g.simpleExpr())
			}
			b.WriteString(g.pick("", "", "=", "!r", "!s", ":>10", ":{x}", "=!r:^{y}", " ", ":%H"))
			b.WriteString("}")
		}
	}
	b.WriteString(q)
	return b.String()
}

func (g *exprGen) simpleExpr() string {
	switch g.r.Intn(4) {
	case 0:
		return g.name() + "." + g.name()
	case 1:
		return g.name() + "[" + g.atom() + "]"
	case 2:
		return g.name() + " + " + g.atom()
	}
	return g.name()
}

var binops = []string{"+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "<", ">", "==", "!=", "<=", ">=", "in", "not in", "is", "is not", "and", "or"}

func (g *exprGen) expr(d int) string {
	if d <= 0 {
		return g.atom()
	}
	switch g.r.Intn(22) {
	case 0, 1, 2:
		return g.expr(d-1) + " " + binops[g.r.Intn(len(binops))] + " " + g.expr(d-1)
	case 3:
		return g.pick("-", "+", "~", "not ", "await ") + g.expr(d-1)
	case 4:
		return g.expr(d-1) + " if " + g.expr(d-1) + " else " + g.expr(d-1)
	case 5:
		return "lambda " + g.params(true) + ": " + g.expr(d-1)
	case 6:
		return g.primary(d) + "(" + g.args(d-1) + ")"
	case 7:
		return g.primary(d) + "[" + g.slices(d-1) + "]"
	case 8:
		return g.primary(d) + "." + g.name()
	case 9:
		return "(" + g.expr(d-1) + ")"
	case 10:
		return "[" + g.list(d-1) + "]"
	case 11:
		return "(" + g.list(d-1) + ",)"
	case 12:
		return "{" + g.list(d-1) + "}"
	case 13:
		return "{" + g.expr(d-1) + ": " + g.expr(d-1) + ", **" + g.name() + "}"
	case 14:
		return g.pick("[", "(", "{") + g.expr(d-1) + " for " + g.target() + " in " + g.expr(d-1) + g.pick("", " if "+g.expr(d-1), " async for x in y") + g.pick("]", ")", "}")
	case 15:
		return "{" + g.expr(d-1) + ": " + g.expr(d-1) + " for " + g.target() + " in " + g.expr(d-1) + "}"
	case 16:
		return "(" + g.name() + " := " + g.expr(d-1) + ")"
	case 17:
		return g.pick("(yield)", "(yield "+g.expr(d-1)+")", "(yield from "+g.expr(d-1)+")")
	case 18:
		return g.fstring(0)
	}
	return g.atom()
}

func (g *exprGen) primary(d int) string {
	if g.r.Intn(2) == 0 {
		return g.name()
	}
	return g.expr(d - 1)
}

func (g *exprGen) list(d int) string {
	var parts []string
	for k := g.r.Intn(4); k >= 0; k-- {
		e := g.expr(d)
		if g.r.Intn(6) == 0 {
			e = "*" + e
		}
		parts = append(parts, e)
	}
	return strings.Join(parts, ", ")
}

func (g *exprGen) args(d int) string {
	var parts []string
	for k := g.r.Intn(4); k > 0; k-- {
		switch g.r.Intn(6) {
		case 0:
			parts = append(parts, g.name()+"="+g.expr(d))
		case 1:
			parts = append(parts, "*"+g.expr(d))
		case 2:
			parts = append(parts, "**"+g.expr(d))
		default:
			parts = append(parts, g.expr(d))
		}
	}
	if len(parts) == 1 && g.r.Intn(4) == 0 {
		return parts[0] + " for x in y"
	}
	return strings.Join(parts, ", ")
}

func (g *exprGen) slices(d int) string {
	switch g.r.Intn(4) {
	case 0:
		return g.expr(d) + ":" + g.expr(d)
	case 1:
		return ":" + g.pick("", g.expr(d)) + ":" + g.pick("", g.expr(d))
	case 2:
		return g.expr(d) + ", " + g.expr(d) + ":"
	}
	return g.expr(d)
}

func (g *exprGen) target() string {
	switch g.r.Intn(5) {
	case 0:
		return g.name() + ", " + g.name()
	case 1:
		return "(" + g.name() + ", *" + g.name() + ")"
	case 2:
		return g.name() + "." + g.name()
	case 3:
		return g.name() + "[0]"
	}
	return g.name()
}

func (g *exprGen) params(lambda bool) string {
	var parts []string
	for k := g.r.Intn(5); k > 0; k-- {
		n := g.name()
		switch g.r.Intn(8) {
		case 0:
			parts = append(parts, "*"+n)
		case 1:
			parts = append(parts, "**"+n)
		case 2:
			parts = append(parts, n+"="+g.atom())
		case 3:
			parts = append(parts, "/")
		case 4:
			parts = append(parts, "*")
		case 5:
			if !lambda {
				parts = append(parts, n+": "+g.expr(1))
				continue
			}
			fallthrough
		default:
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, ", ")
}

func (g *exprGen) block(d, ind int) string {
	var b strings.Builder
	for k := 1 + g.r.Intn(2); k > 0; k-- {
		b.WriteString(g.stmt(d, ind))
	}
	return b.String()
}

func (g *exprGen) stmt(d, ind int) string {
	pad := strings.Repeat("    ", ind)
	if d <= 0 || g.r.Intn(3) == 0 {
		return pad + g.simpleStmt() + g.pick("\n", "\n", "\n", "  # c\n", "; pass\n") // simple
	}
	in := ind + 1
	switch g.r.Intn(11) {
	case 0:
		s := pad + "if " + g.expr(2) + ":\n" + g.block(d-1, in)
		if g.r.Intn(2) == 0 {
			s += pad + "elif " + g.expr(1) + ":\n" + g.block(d-1, in)
		}
		if g.r.Intn(2) == 0 {
			s += pad + "else:\n" + g.block(d-1, in)
		}
		return s
	case 1:
		return pad + "while " + g.expr(2) + ":\n" + g.block(d-1, in)
	case 2:
		return pad + g.pick("", "async ") + "for " + g.target() + " in " + g.expr(2) + ":\n" + g.block(d-1, in)
	case 3:
		return pad + g.pick("", "@dec\n"+pad, "@a.b(c)\n"+pad) + g.pick("", "async ") + "def " + g.name() + g.pick("", "[T]", "[T: int, *Ts, **P]") + "(" + g.params(false) + ")" + g.pick("", " -> "+g.expr(1)) + ":\n" + g.block(d-1, in)
	case 4:
		return pad + "class " + g.name() + g.pick("", "(B)", "(metaclass=M)", "[T]") + ":\n" + g.block(d-1, in)
	case 5:
		s := pad + "try:\n" + g.block(d-1, in)
		s += pad + g.pick("except:\n", "except E as e:\n", "except* E:\n", "except A, B:\n", "except (A, B):\n") + g.block(d-1, in)
		if g.r.Intn(2) == 0 {
			s += pad + "finally:\n" + g.block(d-1, in)
		}
		return s
	case 6:
		return pad + g.pick("", "async ") + "with " + g.pick(g.expr(1), g.expr(1)+" as "+g.target(), "("+g.expr(1)+" as a, b)") + ":\n" + g.block(d-1, in)
	case 7:
		s := pad + "match " + g.expr(1) + ":\n"
		for k := 1 + g.r.Intn(2); k > 0; k-- {
			s += pad + "    case " + g.pattern() + g.pick("", " if "+g.expr(1)) + ":\n" + g.block(d-1, in+1)
		}
		return s
	}
	return pad + g.simpleStmt() + "\n"
}

func (g *exprGen) pattern() string {
	return g.pick("1", "x", "_", "[a, *rest]", "{'k': v, **kw}", "Point(x=0, y=1)", "(1 | 2) as z", "-1 + 2j", "None", "a.b", "str()", "[1, [2, 3]]")
}

func (g *exprGen) simpleStmt() string {
	switch g.r.Intn(16) {
	case 0:
		return g.target() + " = " + g.expr(2)
	case 1:
		return g.name() + g.pick(" += ", " -= ", " **= ", " //= ", " @= ", " >>= ") + g.expr(2)
	case 2:
		return g.name() + ": " + g.expr(1) + g.pick("", " = "+g.expr(1))
	case 3:
		return g.pick("return", "return "+g.expr(2), "yield "+g.expr(1), "raise", "raise E from e", "pass", "break", "continue")
	case 4:
		return "del " + g.target()
	case 5:
		return g.pick("global x", "nonlocal y, z", "import a.b as c", "from . import x", "from .m import (a, b,)", "from m import *", "import a, b")
	case 6:
		return "assert " + g.expr(1) + g.pick("", ", 'msg'")
	case 7:
		return "type " + g.name() + g.pick("", "[T]") + " = " + g.expr(1)
	case 8:
		return g.target() + " = " + g.target() + " = " + g.expr(1) + g.pick("", "  # type: int")
	}
	return g.expr(3)
}

func (g *exprGen) module() string {
	var b strings.Builder
	for k := 1 + g.r.Intn(3); k > 0; k-- {
		b.WriteString(g.stmt(3, 0))
	}
	return b.String()
}

func (g *exprGen) funcType() string {
	var parts []string
	for k := g.r.Intn(4); k > 0; k-- {
		parts = append(parts, g.pick("", "", "*", "**")+g.expr(1))
	}
	return "(" + strings.Join(parts, ", ") + ") -> " + g.expr(2)
}

// ---- (iii) odd lexical input ----

var lexFrags = []string{
	"x = 1\n", "x = 1\r\n", "y = 2\r", "\tif x:\n", "if x:\n", "    pass\n", "\tpass\n", "        \tpass\n",
	"\f", "\fx = 1\n", "  \f  z = 3\n", "# comment\n", "#\r\n", "\\\n", "x = \\\n  1\n", "x = (1,\n 2)\n",
	"é = 'ü'\n", "ｘ = 1\n", "ﬁ = 2\n", "𝔘𝔫𝔦 = 3\n", "α+β\n", "s = '''a\nb'''\n", "s = '''a\r\nb'''\n",
	"f'{x!r:>{w}}'\n", "f'{f\"{x}\"}'\n", "f'''{\nx\n}'''\n", "f'{x=}'\n", "f'{x = }'\n", "f'{{}}'\n",
	"b'\\xff'\n", "'\\N{BULLET}'\n", "'\\d'\n", "1if x else 2\n", "0x1for x in y\n", "1_000_000\n",
	"0777\n", "1__0\n", "1e\n", "'unterminated\n", "\"\"\"x\n", "(\n", ")\n", "]\n", "x = [1,\n", "\t \tx\n",
	"   \n", "\n", "\r\n", " # indented comment\n", "def f():\n", "  return 1\n", "\treturn 2\n",
	"class C: pass\n", "@d\n", "lambda: (yield)\n", "a = b = c\n", "print 'x'\n", "x $ y\n", "x ? y\n",
	"\u00a0x = 1\n", "x\u200b = 1\n", "'\u2028'\n", "# type: ignore\n", "x = 1  # type: int\n",
	"t'{x}'\n", "rb'\\q'\n", "f'{x:{y:{z}}}'\n", "f'{'\n", "f'}'\n", "if True:\n\tx\n        y\n",
}

func lexical(r *rand.Rand) string {
	var b strings.Builder
	if r.Intn(20) == 0 {
		b.WriteString("\ufeff")
	}
	if r.Intn(20) == 0 {
		b.WriteString("# -*- coding: latin-1 -*-\n")
	}
	for k := 1 + r.Intn(5); k > 0; k-- {
		b.WriteString(lexFrags[r.Intn(len(lexFrags))])
	}
	s := b.String()
	switch r.Intn(6) {
	case 0:
		s = strings.TrimRight(s, "\r\n")
	case 1:
		s = strings.ReplaceAll(s, "\n", "\r\n")
	}
	return s
}
