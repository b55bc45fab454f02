package scanner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// unicode_names.txt.gz is derived from CPython's unicodedata by
// testdata/gen_unicode.py: algorithmic name ranges ("PREFIX- lo hi"),
// then "hex NAME" lines, then "hex ALIAS" lines.
//
//go:embed unicode_names.txt.gz
var namesGz []byte

type algoRange struct {
	prefix string
	lo, hi rune
}

var (
	namesOnce sync.Once
	namesMap  map[string]rune
	namesAlgo []algoRange
)

func loadNames() {
	namesMap = make(map[string]rune, 46000)
	zr, err := gzip.NewReader(bytes.NewReader(namesGz))
	if err != nil {
		return
	}
	sc := bufio.NewScanner(zr)
	section := ""
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			section = line
			continue
		}
		if section == "#algorithmic" {
			// "PREFIX- LO HI" where the prefix may contain spaces.
			i := strings.LastIndexByte(line, ' ')
			j := strings.LastIndexByte(line[:i], ' ')
			lo, _ := strconv.ParseInt(line[j+1:i], 16, 32)
			hi, _ := strconv.ParseInt(line[i+1:], 16, 32)
			namesAlgo = append(namesAlgo, algoRange{line[:j], rune(lo), rune(hi)})
			continue
		}
		sp := strings.IndexByte(line, ' ')
		if sp < 0 {
			continue
		}
		cp, err := strconv.ParseInt(line[:sp], 16, 32)
		if err != nil {
			continue
		}
		name := line[sp+1:]
		if _, dup := namesMap[name]; !dup {
			namesMap[name] = rune(cp)
		}
	}
}

// lookupName resolves a \N{...} name: character names and aliases match
// without regard to ASCII case; algorithmic names ("CJK UNIFIED
// IDEOGRAPH-4E00") need CPython's exact spelling.
func lookupName(name string) (rune, bool) {
	namesOnce.Do(loadNames)
	for _, a := range namesAlgo {
		if strings.HasPrefix(name, a.prefix) {
			h := name[len(a.prefix):]
			if len(h) < 4 || len(h) > 6 || strings.ToUpper(h) != h {
				continue
			}
			v, err := strconv.ParseInt(h, 16, 32)
			if err == nil && rune(v) >= a.lo && rune(v) <= a.hi {
				return rune(v), true
			}
		}
	}
	r, ok := namesMap[strings.ToUpper(name)]
	return r, ok
}
