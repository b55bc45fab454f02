package time_test

import (
	"testing"

	"github.com/pygo/pygo/modules/internal/progtest"
)

// gmtime, strftime (every C-locale directive used by the stdlib),
// asctime, strptime, struct_time construction and indexing, argument
// errors and clock sanity. The expected text is CPython 3.14's output.
func TestTimeFunctions(t *testing.T) {
	progtest.CompareLines(t, progtest.Run(t, progSrc), progWant)
}

const progSrc = `import time
g = time.gmtime(0)
print(g, tuple(g), g.tm_zone, g.tm_gmtoff)
g = time.gmtime(1234567890.9)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
print(time.asctime(g), time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %%", g))
print(time.strftime("%c|%x|%X|%D|%T|%R|%e|%C|%G-%V-%u|%h", g))
t = (2024, 2, 29, 23, 5, 9, 3, 60, 0)
print(time.strftime("%Y %j %a %d/%m", t), time.asctime(t))
s = time.strptime("2023-07-04 12:34:56", "%Y-%m-%d %H:%M:%S")
print(s.tm_year, s.tm_yday, s.tm_wday, s[:6], len(s))
st = time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, -1))
print(st, st.tm_isdst, st[0], st[-1], st[1:3])
for bad in (lambda: time.gmtime("x"), lambda: time.strftime(1), lambda: time.struct_time((1, 2)),
            lambda: time.strptime("nope", "%Y"), lambda: time.sleep(-1), lambda: time.strftime("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0))):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
a = time.monotonic(); b = time.monotonic(); print(b >= a, type(time.monotonic_ns()).__name__, type(time.perf_counter()).__name__)
print(time.time() > 1.7e9, abs(time.time_ns() // 10**9 - int(time.time())) <= 1)
print(time.get_clock_info("monotonic").monotonic, time.get_clock_info("time").adjustable)
`

const progWant = `time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0) (1970, 1, 1, 0, 0, 0, 3, 1, 0) GMT 0
2009 2 13 23 31 30 4 44 0
Fri Feb 13 23:31:30 2009 2009-02-13 23:31:30 Fri Friday Feb February 044 06 06 5 09 PM 11 %
Fri Feb 13 23:31:30 2009|02/13/09|23:31:30|02/13/09|23:31:30|23:31|13|20|2009-07-5|Feb
2024 060 Thu 29/02 Thu Feb 29 23:05:09 2024
2023 185 1 (2023, 7, 4, 12, 34, 56) 9
time.struct_time(tm_year=2000, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=5, tm_yday=1, tm_isdst=-1) -1 2000 -1 (1, 1)
TypeError 'str' object cannot be interpreted as an integer
TypeError strftime() argument 1 must be str, not int
TypeError time.struct_time() takes an at least 9-sequence (2-sequence given)
ValueError time data 'nope' does not match format '%Y'
ValueError sleep length must be non-negative
ValueError month out of range
True int float
True True
True True
`
