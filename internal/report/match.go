package report

import (
	"math"
	"sort"
)

// This file holds the two string matchers CPython's traceback module
// combines to guess which keyword a misspelt name was meant to be: the
// interpreter's own edit-distance suggestion (the one behind "Did you
// mean" hints for NameError) and difflib.get_close_matches.

// Costs of the edit distance: changing a byte into a different letter
// of another case only is cheap, any other edit costs two.
const (
	editCost = 2
	caseCost = 1
	// Longer strings (after trimming a common prefix and suffix) are never
	// considered close.
	maxEditLen = 40
	// Candidate lists this long are not searched at all.
	maxCandidates = 750
)

func substCost(x, y byte) int {
	if x == y {
		return 0
	}
	// Bytes that differ in more than bit 5 cannot be case variants.
	if x&31 != y&31 {
		return editCost
	}
	if lowerASCII(x) == lowerASCII(y) {
		return caseCost
	}
	return editCost
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// editDistance is the weighted Levenshtein distance between the UTF-8
// bytes of a and b, or any value above limit once the distance is known to
// exceed limit.
func editDistance(a, b string, limit int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * editCost
	}
	if len(a) > maxEditLen || len(b) > maxEditLen {
		return limit + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*editCost > limit {
		return limit + 1
	}
	// One row of the matrix, indexed by position in a, updated in place
	// for each byte of b.
	var rowBuf [maxEditLen]int
	row := rowBuf[:len(a)]
	for i := range row {
		row[i] = (i + 1) * editCost
	}
	result := 0
	for j := 0; j < len(b); j++ {
		// The row's left edge: CPython starts both the diagonal and the
		// running value at j*editCost.
		diag := j * editCost
		result = diag
		rowMin := math.MaxInt
		for i := 0; i < len(a); i++ {
			sub := diag + substCost(b[j], a[i])
			diag = row[i]
			result = min(min(result, diag)+editCost, sub)
			row[i] = result
			rowMin = min(rowMin, result)
		}
		if rowMin > limit {
			return limit + 1
		}
	}
	return result
}

// closestByEdits returns the candidate nearest to name by editDistance, ""
// if none is near enough: at most a third of the characters involved may
// change. The first of equally near candidates wins.
func closestByEdits(candidates []string, name string) string {
	if len(candidates) >= maxCandidates {
		return ""
	}
	best, bestDist := "", math.MaxInt
	found := false
	for _, c := range candidates {
		if c == name {
			continue
		}
		limit := (len(name) + len(c) + 3) * editCost / 6
		limit = min(limit, bestDist-1)
		d := editDistance(name, c, limit)
		if d > limit {
			continue
		}
		if !found || d < bestDist {
			best, bestDist, found = c, d, true
		}
	}
	return best
}

// seqMatcher computes difflib.SequenceMatcher(None, a, b).ratio() and its
// cheaper bounds for sequences of code points, b being fixed.
type seqMatcher struct {
	b     []rune
	b2j   map[rune][]int // positions of each non-popular element of b
	bfull map[rune]int   // count of every element of b
}

func newSeqMatcher(b string) *seqMatcher {
	m := &seqMatcher{b: []rune(b), b2j: map[rune][]int{}, bfull: map[rune]int{}}
	for j, r := range m.b {
		m.b2j[r] = append(m.b2j[r], j)
		m.bfull[r]++
	}
	// difflib's "autojunk": in a sequence of 200 or more items, elements
	// making up more than 1% of it are left out of the index.
	if n := len(m.b); n >= 200 {
		ntest := n/100 + 1
		for r, idx := range m.b2j {
			if len(idx) > ntest {
				delete(m.b2j, r)
			}
		}
	}
	return m
}

func ratioOf(matches, length int) float64 {
	if length == 0 {
		return 1.0
	}
	return 2.0 * float64(matches) / float64(length)
}

func (m *seqMatcher) realQuickRatio(a []rune) float64 {
	return ratioOf(min(len(a), len(m.b)), len(a)+len(m.b))
}

func (m *seqMatcher) quickRatio(a []rune) float64 {
	avail := map[rune]int{}
	matches := 0
	for _, r := range a {
		n, ok := avail[r]
		if !ok {
			n = m.bfull[r]
		}
		avail[r] = n - 1
		if n > 0 {
			matches++
		}
	}
	return ratioOf(matches, len(a)+len(m.b))
}

// longestMatch is find_longest_match: the longest block common to
// a[alo:ahi] and b[blo:bhi], earliest in a, then earliest in b. With no
// junk, it is then extended over equal neighbours (which matters for the
// elements autojunk dropped from the index).
func (m *seqMatcher) longestMatch(a []rune, alo, ahi, blo, bhi int) (int, int, int) {
	besti, bestj, bestsize := alo, blo, 0
	j2len := map[int]int{}
	for i := alo; i < ahi; i++ {
		next := map[int]int{}
		for _, j := range m.b2j[a[i]] {
			if j < blo {
				continue
			}
			if j >= bhi {
				break
			}
			k := j2len[j-1] + 1
			next[j] = k
			if k > bestsize {
				besti, bestj, bestsize = i-k+1, j-k+1, k
			}
		}
		j2len = next
	}
	for besti > alo && bestj > blo && a[besti-1] == m.b[bestj-1] {
		besti, bestj, bestsize = besti-1, bestj-1, bestsize+1
	}
	for besti+bestsize < ahi && bestj+bestsize < bhi && a[besti+bestsize] == m.b[bestj+bestsize] {
		bestsize++
	}
	return besti, bestj, bestsize
}

// ratio is SequenceMatcher.ratio: twice the number of matched elements
// (over get_matching_blocks) divided by the total length.
func (m *seqMatcher) ratio(a []rune) float64 {
	type span struct{ alo, ahi, blo, bhi int }
	queue := []span{{0, len(a), 0, len(m.b)}}
	matches := 0
	for len(queue) > 0 {
		q := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		i, j, k := m.longestMatch(a, q.alo, q.ahi, q.blo, q.bhi)
		if k == 0 {
			continue
		}
		matches += k
		if q.alo < i && q.blo < j {
			queue = append(queue, span{q.alo, i, q.blo, j})
		}
		if i+k < q.ahi && j+k < q.bhi {
			queue = append(queue, span{i + k, q.ahi, j + k, q.bhi})
		}
	}
	return ratioOf(matches, len(a)+len(m.b))
}

// closeMatches is difflib.get_close_matches(word, possibilities, n,
// cutoff): the n best candidates scoring at least cutoff, best first; equal
// scores order by the candidate, greatest first (as Python's tuple
// comparison in heapq.nlargest does).
func closeMatches(word string, possibilities []string, n int, cutoff float64) []string {
	type scored struct {
		score float64
		s     string
	}
	m := newSeqMatcher(word)
	var res []scored
	for _, x := range possibilities {
		a := []rune(x)
		if m.realQuickRatio(a) >= cutoff && m.quickRatio(a) >= cutoff {
			if r := m.ratio(a); r >= cutoff {
				res = append(res, scored{r, x})
			}
		}
	}
	sort.SliceStable(res, func(i, j int) bool {
		if res[i].score != res[j].score {
			return res[i].score > res[j].score
		}
		return pyStrLess(res[j].s, res[i].s)
	})
	if len(res) > n {
		res = res[:n]
	}
	out := make([]string, len(res))
	for i, r := range res {
		out[i] = r.s
	}
	return out
}

// pyStrLess compares as Python compares str: by code point. (Go's string
// comparison is by UTF-8 byte, which orders code points the same way.)
func pyStrLess(a, b string) bool { return a < b }

// ClosestName is the "Did you mean" suggestion of NameError,
// AttributeError and ImportError: the candidate nearest to name, "" if none
// is near enough.
func ClosestName(candidates []string, name string) string {
	return closestByEdits(candidates, name)
}
