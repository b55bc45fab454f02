package time

import (
	"strings"
	"sync"
	gotime "time"

	"github.com/pygo/pygo/modules/internal/arg"
	"github.com/pygo/pygo/py"
)

// strptime parses the C-locale directives; the result has tm_isdst -1
// (unknown), as CPython's _strptime gives for formats without %Z.
func strptime(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if e := arg.Exact("strptime", args, kw, 1, 2); e != nil {
		return Object{}, e
	}
	ds, ok := py.AsStr(args[0])
	if !ok {
		return Object{}, py.TypeError("strptime() argument 0 must be str, not <class '%s'>", py.TypeName(args[0]))
	}
	format := "%a %b %d %H:%M:%S %Y"
	if len(args) == 2 {
		fs, ok := py.AsStr(args[1])
		if !ok {
			return Object{}, py.TypeError("strptime() argument 1 must be str, not %s", py.TypeName(args[1]))
		}
		format = fs.String()
	}
	// CPython warns when it compiles a format, and caches compiled ones.
	if _, seen := warnedFormats.Load(format); !seen && dayWithoutYear(format) {
		warnedFormats.Store(format, true)
		if e := py.Warn(p, py.DeprecationWarningType, dayWithoutYearMsg, 1); e != nil {
			return Object{}, e
		}
	}
	data := ds.String()
	year, mon, day, hour, min, sec := 1900, 1, 1, 0, 0, 0
	yday, wdayV := -1, -1
	pm := -1
	hour12 := false
	gmtoff, hasOff := 0, false
	zone := ""
	mismatch := func() *py.Exception {
		return py.ValueError("time data %s does not match format %s", py.StrRepr(data), py.StrRepr(format))
	}
	s := data
	num := func(maxDigits int) (int, bool) {
		i := 0
		neg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') && maxDigits > 4 {
			neg = s[i] == '-'
			i++
		}
		j := i
		for j < len(s) && j-i < maxDigits && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i {
			return 0, false
		}
		v := 0
		for _, c := range s[i:j] {
			v = v*10 + int(c-'0')
		}
		s = s[j:]
		if neg {
			v = -v
		}
		return v, true
	}
	name := func(names []string) (int, bool) {
		for i, n := range names {
			for _, cand := range []string{n, n[:3]} {
				if len(s) >= len(cand) && strings.EqualFold(s[:len(cand)], cand) {
					s = s[len(cand):]
					return i, true
				}
			}
		}
		return 0, false
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == ' ' || c == '\t' || c == '\n' {
			s = strings.TrimLeft(s, " \t\n")
			continue
		}
		if c != '%' {
			if len(s) == 0 || s[0] != c {
				return Object{}, mismatch()
			}
			s = s[1:]
			continue
		}
		i++
		if i >= len(format) {
			return Object{}, py.ValueError("stray %% in format %s", py.StrRepr(format))
		}
		var ok bool
		switch format[i] {
		case 'Y':
			year, ok = num(4)
		case 'y':
			var y int
			if y, ok = num(2); ok {
				if y < 69 {
					year = 2000 + y
				} else {
					year = 1900 + y
				}
			}
		case 'm':
			mon, ok = num(2)
			ok = ok && mon >= 1 && mon <= 12
		case 'd':
			day, ok = num(2)
			ok = ok && day >= 1 && day <= 31
		case 'H':
			hour, ok = num(2)
			ok = ok && hour <= 23
		case 'I':
			hour, ok = num(2)
			ok = ok && hour >= 1 && hour <= 12
			hour12 = true
		case 'M':
			min, ok = num(2)
			ok = ok && min <= 59
		case 'S':
			sec, ok = num(2)
			ok = ok && sec <= 61
		case 'f':
			_, ok = num(6)
		case 'j':
			yday, ok = num(3)
			ok = ok && yday >= 1 && yday <= 366
		case 'p':
			switch {
			case len(s) >= 2 && strings.EqualFold(s[:2], "am"):
				pm, ok = 0, true
			case len(s) >= 2 && strings.EqualFold(s[:2], "pm"):
				pm, ok = 1, true
			}
			if ok {
				s = s[2:]
			}
		case 'b', 'B', 'h':
			var m int
			if m, ok = name(monthNames); ok {
				mon = m + 1
			}
		case 'a', 'A':
			wdayV, ok = name(dayNames)
		case 'w':
			var w int
			if w, ok = num(1); ok {
				wdayV = (w + 6) % 7
			}
		case 'z':
			if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
				sign := 1
				if s[0] == '-' {
					sign = -1
				}
				s = s[1:]
				var hh, mm int
				if hh, ok = num(2); ok {
					s = strings.TrimPrefix(s, ":")
					if mm, ok = num(2); ok {
						gmtoff, hasOff = sign*(hh*3600+mm*60), true
					}
				}
			} else if len(s) > 0 && s[0] == 'Z' {
				s, ok, hasOff = s[1:], true, true
			}
		case 'Z':
			j := 0
			for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z') {
				j++
			}
			zone, s, ok = s[:j], s[j:], j > 0
		case '%':
			ok = len(s) > 0 && s[0] == '%'
			if ok {
				s = s[1:]
			}
		default:
			return Object{}, py.ValueError("'%c' is a bad directive in format %s", format[i], py.StrRepr(format))
		}
		if !ok {
			return Object{}, mismatch()
		}
	}
	if s != "" {
		return Object{}, py.ValueError("unconverted data remains: %s", s)
	}
	if hour12 {
		if pm == 1 && hour != 12 {
			hour += 12
		} else if pm == 0 && hour == 12 {
			hour = 0
		}
	}
	tm := gotime.Date(year, gotime.Month(mon), day, hour, min, sec, 0, gotime.UTC)
	if tm.Day() != day {
		last := gotime.Date(year, gotime.Month(mon)+1, 0, 0, 0, 0, 0, gotime.UTC).Day()
		return Object{}, py.ValueError("day %d must be in range 1..%d for month %d in year %d", day, last, mon, year)
	}
	if yday > 0 && format != "" && !strings.Contains(format, "%m") && !strings.Contains(format, "%d") {
		tm = gotime.Date(year, 1, 1, hour, min, sec, 0, gotime.UTC).AddDate(0, 0, yday-1)
	}
	wd := wday(tm)
	if wdayV >= 0 {
		wd = wdayV // a parsed weekday wins, as in CPython's _strptime
	}
	i := func(v int) Object { return py.MakeInt(int64(v)) }
	zo, go_ := py.None, py.None
	if zone != "" {
		zo = py.NewStrObj(zone)
	}
	if hasOff {
		go_ = i(gmtoff)
	}
	return structTime.Make(i(tm.Year()), i(int(tm.Month())), i(tm.Day()), i(tm.Hour()), i(tm.Minute()), i(tm.Second()),
		i(wd), i(tm.YearDay()), i(-1), zo, go_), nil
}

// warnedFormats holds the formats already warned about (string -> bool).
var warnedFormats sync.Map

// dayWithoutYearMsg is the DeprecationWarning CPython 3.14's _strptime
// issues for a format with a day of month but no year.
const dayWithoutYearMsg = `Parsing dates involving a day of month without a year specified is ambiguous
and fails to parse leap day. The default behavior will change in Python 3.15
to either always raise an exception or to use a different default year (TBD).
To avoid trouble, add a specific year to the input & format.
See https://github.com/python/cpython/issues/70647.`

// dayWithoutYear reports whether format has %d but none of %Y, %y, %G
// (directives may carry flags, a width and an O/E modifier).
func dayWithoutYear(format string) bool {
	day, year := false, false
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("-_0^#", format[j]) >= 0 {
			j++
		}
		for j < len(format) && format[j] >= '0' && format[j] <= '9' {
			j++
		}
		if j < len(format) && (format[j] == 'O' || format[j] == 'E') {
			j++
		}
		if j < len(format) {
			switch format[j] {
			case 'd':
				day = true
			case 'Y', 'y', 'G':
				year = true
			}
		}
		i = j
	}
	return day && !year
}
