package scanner

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/pygo/pygo/syntax/token"
)

// FuzzScanner checks that no input makes the scanner or the literal
// decoders panic or loop, and that token spans stay inside the source.
func FuzzScanner(f *testing.F) {
	for _, name := range []string{"testdata/tokens.json", "testdata/errors.json"} {
		data, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		var cases []struct {
			Src string `json:"src"`
		}
		if json.Unmarshal(data, &cases) == nil {
			for _, c := range cases {
				f.Add([]byte(c.Src))
			}
		}
	}
	if data, err := os.ReadFile("testdata/bench.py"); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		s, err := New("<fuzz>", src, TypeComments)
		if err != nil {
			return
		}
		checkScan(t, s)
		checkScan(t, NewString("<fuzz>", string(src), Tokenize))
	})
}

func checkScan(t *testing.T, s *Scanner) {
	n := len(s.SrcString())
	limit := 4*n + 1000
	raw := false
	for i := 0; ; i++ {
		if i > limit {
			t.Fatalf("no end after %d tokens", i)
		}
		tk := s.Next()
		if tk.Offset < 0 || tk.EndOffset < tk.Offset || int(tk.EndOffset) > n {
			t.Fatalf("bad span %+v (len %d)", tk, n)
		}
		switch tk.Kind {
		case token.ILLEGAL:
			if e := s.Err(); e != nil {
				s.LineText(e.Lineno)
				return
			}
		case token.ENDMARKER:
			if s.Next().Kind != token.ENDMARKER {
				t.Fatal("ENDMARKER not repeated")
			}
			return
		case token.STRING:
			DecodeString(tk.Value)
		case token.NUMBER:
			if _, err := ParseNumber(tk.Value); err != nil && len(tk.Value) < 100 {
				t.Fatalf("ParseNumber(%q): %v", tk.Value, err.Msg)
			}
		case token.FSTRING_START, token.TSTRING_START:
			raw = false
			for _, c := range tk.Value {
				if c == 'r' || c == 'R' {
					raw = true
				}
			}
		case token.FSTRING_MIDDLE, token.TSTRING_MIDDLE:
			DecodeFStringMiddle(tk.Value, raw)
		}
		s.CharOffset(int(tk.Start.Line), int(tk.Start.Col))
		s.OpenBrackets()
	}
}
