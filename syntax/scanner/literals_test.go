package scanner

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/pygo/pygo/syntax/token"
)

type literalCase struct {
	Src      string   `json:"src"`
	Kind     string   `json:"kind"`
	Value    []string `json:"value"`
	Error    *string  `json:"error"`
	Warnings [][]any  `json:"warnings"`
}

// floatHex formats f as Python's float.hex does for normal numbers, enough
// to compare exact bits.
func floatBits(s string) (float64, error) {
	switch s {
	case "inf":
		return math.Inf(1), nil
	case "-inf":
		return math.Inf(-1), nil
	}
	return strconv.ParseFloat(s, 64)
}

func TestLiteralsOracle(t *testing.T) {
	data, err := os.ReadFile("testdata/literals.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []literalCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		var gotVal []string
		var gotErr *Error
		var warns []Warning
		switch c.Kind {
		case "s":
			v, isBytes, w, e := DecodeString(c.Src)
			gotErr, warns = e, w
			if e == nil {
				k := "str"
				if isBytes {
					k = "bytes"
				}
				gotVal = []string{k, hex.EncodeToString([]byte(v))}
			}
		case "f":
			s := NewString("<s>", c.Src+"\n", 0)
			var sb strings.Builder
			depth := 0
			raw := false
			for {
				tk := s.Next()
				if tk.Kind == token.ILLEGAL || tk.Kind == token.ENDMARKER || tk.Kind == token.NEWLINE {
					break
				}
				switch tk.Kind {
				case token.FSTRING_START, token.TSTRING_START:
					raw = strings.ContainsAny(tk.Value, "rR")
				case token.LBRACE:
					depth++
				case token.RBRACE:
					depth--
				case token.FSTRING_MIDDLE, token.TSTRING_MIDDLE:
					v, w, e := DecodeFStringMiddle(tk.Value, raw)
					warns = append(warns, w...)
					if e != nil && gotErr == nil {
						gotErr = e
					}
					if depth == 0 {
						sb.WriteString(v)
					}
				}
			}
			warns = append(s.Warnings(), warns...)
			if gotErr == nil {
				gotVal = []string{"str", hex.EncodeToString([]byte(sb.String()))}
			}
		case "n":
			v, e := ParseNumber(c.Src)
			gotErr = e
			switch v := v.(type) {
			case int64:
				gotVal = []string{"int", strconv.FormatInt(v, 10)}
			case *big.Int:
				gotVal = []string{"int", v.String()}
			case float64:
				gotVal = []string{"float", strconv.FormatFloat(v, 'x', -1, 64)}
			case complex128:
				gotVal = []string{"complex", strconv.FormatFloat(imag(v), 'x', -1, 64)}
			}
			if len(c.Value) == 2 && (c.Value[0] == "float" || c.Value[0] == "complex") {
				// Compare bits through Go's parser of Python's hex form.
				f, perr := floatBits(c.Value[1])
				if perr != nil {
					t.Fatalf("bad oracle float %q", c.Value[1])
				}
				c.Value[1] = strconv.FormatFloat(f, 'x', -1, 64)
			}
		}
		want := fmt.Sprint(c.Value)
		if c.Error != nil {
			want = "error: " + *c.Error
		}
		got := fmt.Sprint(gotVal)
		if gotErr != nil {
			got = "error: " + gotErr.Msg
		}
		if got != want {
			t.Errorf("%s %.80q:\n got %.200s\nwant %.200s", c.Kind, c.Src, got, want)
		}
		var gw, ww []string
		for _, w := range warns {
			gw = append(gw, fmt.Sprintf("%s %s %d", w.Category, w.Msg, w.Lineno))
		}
		for _, w := range c.Warnings {
			ww = append(ww, fmt.Sprintf("%s %s %d", w[0], w[1], num(w[2])-1))
		}
		if c.Kind == "f" {
			// Scanner warnings carry absolute lines; compare messages only.
			for i := range gw {
				gw[i] = gw[i][:strings.LastIndexByte(gw[i], ' ')]
			}
			for i := range ww {
				ww[i] = ww[i][:strings.LastIndexByte(ww[i], ' ')]
			}
		}
		if strings.Join(gw, "|") != strings.Join(ww, "|") {
			t.Errorf("%s %q warnings:\n got %v\nwant %v", c.Kind, c.Src, gw, ww)
		}
	}
}
