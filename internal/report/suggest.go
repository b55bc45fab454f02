package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pygo/pygo/syntax/parser"
	"github.com/pygo/pygo/syntax/scanner"
	"github.com/pygo/pygo/syntax/token"
)

// Source is the program text as the traceback module finds it again when
// it prints a SyntaxError, to look for misspelt keywords.
type Source struct {
	// Text is the program.
	Text []byte
	// FromFile says the program is a file the traceback module reads
	// back by the error's file name (`python3.14 FILE`); Text is then nil
	// when that fails (`python3.14 < FILE`, whose name is "<stdin>").
	// Otherwise Text was compiled from a string (`python3.14 -c`), which
	// CPython keeps with the error.
	FromFile bool
}

// Limits of the keyword-typo search.
const (
	maxTypoSource   = 1024 // characters of source looked at, at most
	maxTypoNames    = 10   // names tried, at most
	maxTypoMatches  = 3    // keywords tried per name, at most
	typoCutoff      = 0.5  // difflib similarity a keyword needs
	typoMsgGeneric  = "invalid syntax"
	typoMsgComma    = "Perhaps you forgot a comma"
	typoSuggestment = "invalid syntax. Did you mean '"
)

// typoFix is a keyword-typo correction: the error then points at the
// misspelt name, on the line text, and says which keyword was meant.
type typoFix struct {
	text      string
	offset    int // 1-based character columns on text
	endOffset int
	msg       string
}

// findKeywordTypo reproduces CPython 3.14's traceback module, which, for
// a generic "invalid syntax" error (or a missing-comma one), tries
// replacing names near the error with keywords they resemble and keeps
// the first replacement that makes the source parse (or leaves it merely
// incomplete).
func findKeywordTypo(e *scanner.Error, src *Source) (fix typoFix, ok bool) {
	if e.Msg != typoMsgGeneric && !strings.Contains(e.Msg, typoMsgComma) {
		return fix, false
	}
	if src == nil || e.Kind != "SyntaxError" {
		// Only errors of the parser carry what the search needs; ours
		// come with their source.
		return fix, false
	}
	defer func() {
		// The traceback module ignores any failure of its search.
		if recover() != nil {
			ok = false
		}
	}()
	line, endLine := e.StmtLine, e.Lineno
	fromFile := false
	var lines []string
	switch {
	case !src.FromFile:
		lines = splitLines(string(src.Text))
	case src.Text != nil && utf8.Valid(src.Text):
		lines = splitLines(universalNewlines(string(src.Text)))
		fromFile = true
	default:
		// The file cannot be read back (as UTF-8 text): CPython falls
		// back to the error's own line.
		line, endLine = 0, 1
		lines = splitLines(e.Text)
	}
	lo := 0
	if line > 0 {
		lo = line - 1
	}
	errorCode := dedent(strings.Join(pySlice(lines, lo, endLine), "\n"))
	if utf8.RuneCountInString(errorCode) > maxTypoSource {
		return fix, false
	}
	errorLines := splitLines(errorCode)
	theEnd := endLine + 1
	if line == 0 {
		theEnd = endLine
	}

	sc := scanner.NewString("<typo>", errorCode, scanner.Tokenize)
	code := sc.SrcString()
	left := maxTypoNames
	for {
		t := sc.Next()
		if t.Kind == token.ENDMARKER {
			return fix, false
		}
		if t.Kind == token.ILLEGAL {
			if sc.Err() != nil {
				// tokenize raises: the search ends.
				return fix, false
			}
			continue
		}
		if t.Kind != token.NAME {
			// Hard keywords are NAME tokens for tokenize, but they are
			// skipped without counting.
			continue
		}
		tokLine := int(t.Start.Line)
		if fromFile && tokLine+line != theEnd {
			continue
		}
		wrong := code[t.Offset:t.EndOffset]
		if isKeyword(wrong) {
			continue
		}
		left--
		if left < 0 {
			return fix, false
		}
		var matches []string
		if s := closestByEdits(keywords, wrong); s != "" {
			matches = append(matches, s)
		}
		matches = append(matches, closeMatches(wrong, keywords, maxTypoMatches, typoCutoff)...)
		if len(matches) > maxTypoMatches {
			matches = matches[:maxTypoMatches]
		}
		text := lineAt(code, t)
		startCol := utf8.RuneCountInString(code[int(t.Offset)-int(t.Start.Col) : t.Offset])
		endCol := startCol + utf8.RuneCountInString(wrong)
		for _, kw := range matches {
			if kw == "" || kw == wrong {
				continue
			}
			if tokLine-1 >= len(errorLines) {
				// An IndexError in CPython, which ends the search.
				return fix, false
			}
			trial := make([]string, len(errorLines))
			copy(trial, errorLines)
			trial[tokLine-1] = replaceRunes(trial[tokLine-1], startCol, endCol, kw)
			accepted, failed := compileCommand(strings.Join(trial, "\n"))
			if failed {
				return fix, false
			}
			if !accepted {
				continue
			}
			return typoFix{text: text, offset: startCol + 1, endOffset: endCol + 1,
				msg: typoSuggestment + kw + "'?"}, true
		}
	}
}

// compileCommand is codeop.compile_command(code, symbol="exec",
// flags=PyCF_ONLY_AST) as the typo search uses it: accepted when code
// compiles or is only incomplete. codeop first parses with incomplete
// input allowed; if that fails it retries with a newline added and
// accepts on success or incomplete input; otherwise (and whenever the
// first parse succeeded) it compiles in full, without the AST-only flag.
// failed is set when parsing fails other than with a SyntaxError, which
// CPython lets propagate.
func compileCommand(code string) (accepted, failed bool) {
	blank := true
	for _, l := range strings.Split(code, "\n") {
		l = strings.TrimFunc(l, pyIsSpace)
		if l != "" && l[0] != '#' {
			blank = false
			break
		}
	}
	if blank {
		code = "pass"
	}
	try := func(src string, incomplete bool) (ok, isIncomplete, other bool) {
		mod, _, err := parser.ParseString("<input>", src, parser.Options{AllowIncompleteInput: incomplete})
		if err == nil {
			// The last attempt compiles in full, not just to an AST.
			return incomplete || compileErrorFree(mod), false, false
		}
		switch err.Kind {
		case parser.IncompleteInput:
			return false, true, false
		case "SyntaxError", "IndentationError", "TabError":
			return false, false, false
		}
		return false, false, true
	}
	// The first attempt only decides whether the second one is made;
	// a success of either of the first two means "incomplete or valid"
	// and is accepted, else the final full compilation decides.
	ok, _, other := try(code, true)
	if other {
		return false, true
	}
	if !ok {
		ok, inc, other := try(code+"\n", true)
		if other {
			return false, true
		}
		if ok || inc {
			return true, false
		}
	}
	ok, _, other = try(code, false)
	return ok, other
}

// lineAt returns the physical line holding token t, newline included, as
// tokenize's TokenInfo.line.
func lineAt(src string, t token.Token) string {
	start := int(t.Offset) - int(t.Start.Col)
	end := strings.IndexByte(src[start:], '\n')
	if end < 0 {
		return src[start:]
	}
	return src[start : start+end+1]
}

// replaceRunes is Python's chars[lo:hi] = s on the characters of line.
func replaceRunes(line string, lo, hi int, s string) string {
	r := []rune(line)
	lo = min(max(lo, 0), len(r))
	hi = min(max(hi, lo), len(r))
	return string(r[:lo]) + s + string(r[hi:])
}

// pySlice is Python's lines[lo:hi] for non-negative lo and any hi.
func pySlice(lines []string, lo, hi int) []string {
	if hi < 0 {
		hi += len(lines)
		if hi < 0 {
			hi = 0
		}
	}
	hi = min(hi, len(lines))
	if lo >= hi {
		return nil
	}
	return lines[lo:hi]
}

// universalNewlines translates \r\n and \r to \n, as reading a file in
// text mode does.
func universalNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// splitLines is str.splitlines(): lines end at \n, \r\n, \r, \v, \f,
// \x1c-\x1e, \x85, U+2028 and U+2029, which are not kept.
func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
			out = append(out, s[start:i])
			start = i + size
		case '\r':
			out = append(out, s[start:i])
			if i+1 < len(s) && s[i+1] == '\n' {
				size++
			}
			start = i + size
		}
		i += size
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// pyIsSpace is str.isspace for one character.
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
}

func isBlank(s string) bool {
	return s != "" && strings.TrimLeftFunc(s, pyIsSpace) == ""
}

// dedent is textwrap.dedent of Python 3.14: the leading blanks (spaces
// and tabs) common to the lines that are not blank are removed, and blank
// lines become empty. The common margin is found between the least and
// the greatest such line, as Python compares strings.
func dedent(text string) string {
	lines := strings.Split(text, "\n")
	l1, l2 := "", ""
	first := true
	for _, l := range lines {
		if l == "" || isBlank(l) {
			continue
		}
		if first || l < l1 {
			l1 = l
		}
		if first || l > l2 {
			l2 = l
		}
		first = false
	}
	// The margin is the index of the first character where the two
	// differ or that is not a blank (byte indexes work: blanks are ASCII).
	margin := 0
	for margin < len(l1) {
		c := l1[margin]
		if c != l2[margin] || (c != ' ' && c != '\t') {
			break
		}
		margin++
	}
	if margin == len(l1) && margin > 0 {
		// Python's loop leaves the index of the last character when it
		// runs off the end of l1 (not reachable for non-blank lines).
		margin--
	}
	for i, l := range lines {
		if isBlank(l) {
			lines[i] = ""
		} else if len(l) >= margin {
			lines[i] = l[margin:]
		}
	}
	return strings.Join(lines, "\n")
}
