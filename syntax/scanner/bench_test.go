package scanner

import (
	"os"
	"strings"
	"testing"

	"github.com/pygo/pygo/syntax/token"
)

func benchSource(b *testing.B) []byte {
	data, err := os.ReadFile("testdata/bench.py")
	if err != nil {
		b.Fatal(err)
	}
	return []byte(strings.Repeat(string(data), 20))
}

// BenchmarkScanner tokenizes a realistic module (~2000 lines).
func BenchmarkScanner(b *testing.B) {
	src := benchSource(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		s, err := New("bench.py", src, 0)
		if err != nil {
			b.Fatal(err)
		}
		for {
			t := s.Next()
			if t.Kind == token.ENDMARKER {
				break
			}
			if t.Kind == token.ILLEGAL {
				b.Fatal(s.Err())
			}
		}
	}
}
