package micro

import (
	"strings"
	"testing"
)

func TestHashesDiffer(t *testing.T) {
	for _, h := range []func(string) uint64{strHash, fnv1a, func(s string) uint64 { return wyHash(s, 1) }} {
		if h("abc") == h("abd") || h("") == h("a") || h("abcdefgh") == h("abcdefgi") {
			t.Fatal("trivial collision")
		}
	}
	s := NewStr("hello")
	if s.Hash() != s.Hash() || s.Hash() == 0 {
		t.Fatal("cached hash")
	}
}

var sinkU64 uint64

func BenchmarkStrHash(b *testing.B) {
	for _, n := range []int{8, 32, 256} {
		str := strings.Repeat("abcdefgh", n/8)
		cached := NewStr(str)
		cached.Hash()
		b.Run("cached/len"+itoa(n), func(b *testing.B) {
			for range b.N {
				sinkU64 = cached.Hash()
			}
		})
		b.Run("maphash/len"+itoa(n), func(b *testing.B) {
			for range b.N {
				sinkU64 = strHash(str)
			}
		})
		b.Run("fnv1a/len"+itoa(n), func(b *testing.B) {
			for range b.N {
				sinkU64 = fnv1a(str)
			}
		})
		b.Run("wyhashGo/len"+itoa(n), func(b *testing.B) {
			for range b.N {
				sinkU64 = wyHash(str, 1)
			}
		})
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
