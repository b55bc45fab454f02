package time

import (
	"testing"
	gotime "time"
)

// strftime follows the C library's directives: week numbers (%U Sunday
// based, %W Monday based), ISO year/week, 12-hour clock and padding.
func TestStrftimeDirectives(t *testing.T) {
	tm := gotime.Date(2021, 1, 3, 0, 7, 5, 0, gotime.UTC) // a Sunday
	cases := []struct{ f, want string }{
		{"%Y-%m-%d %H:%M:%S", "2021-01-03 00:07:05"},
		{"%U %W %w %u %j", "01 00 0 7 003"},
		{"%G-W%V", "2020-W53"},
		{"%I%p %e|%y|%C", "12AM  3|21|20"},
		{"%a %A %b %B %%", "Sun Sunday Jan January %"},
	}
	for _, c := range cases {
		if got := strftime(c.f, tm, "UTC", 0, 0); got != c.want {
			t.Errorf("strftime(%q) = %q, want %q", c.f, got, c.want)
		}
	}
}

// fromFields treats a zero month or day as 1 (time.strftime accepts
// them) and asctime pads the day with a space.
func TestFromFieldsAndAsctime(t *testing.T) {
	tm := fromFields([9]int64{1999, 0, 0, 13, 4, 5, 0, 0, 0})
	if tm.Month() != 1 || tm.Day() != 1 || tm.Hour() != 13 {
		t.Fatalf("fromFields zero month/day: %v", tm)
	}
	if got := asctime(tm); got != "Fri Jan  1 13:04:05 1999" {
		t.Errorf("asctime = %q", got)
	}
	if got := wday(gotime.Date(2024, 2, 29, 0, 0, 0, 0, gotime.UTC)); got != 3 {
		t.Errorf("wday(2024-02-29) = %d, want 3 (Thursday, Monday = 0)", got)
	}
}
