// Package time is the time module: clocks, sleep, and conversions
// between seconds since the epoch and struct_time (gmtime, localtime,
// mktime, strftime, strptime, asctime, ctime).
package time

import (
	"math"
	"strings"
	"syscall"
	gotime "time"
	"unsafe"

	"github.com/pygo/pygo/modules/internal/arg"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/vm"
)

type Object = py.Object

type fn = func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception)

// Interrupt wakes sleeping threads: a value sent here (by the VM's signal
// handling) ends the current sleep early, after which CheckSignals, when
// set, runs the pending handlers and may raise (KeyboardInterrupt).
var (
	Interrupt    = make(chan struct{}, 1)
	CheckSignals func(t *py.Thread) *py.Exception
)

var structTime = vm.NewStructSeq("time", "struct_time", []string{
	"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
	"tm_zone", "tm_gmtoff"}, 9)

var start = gotime.Now()

// gmt is UTC under the name C's gmtime gives it.
var gmt = gotime.FixedZone("GMT", 0)

func init() { vm.RegisterModule("time", initModule) }

// clock reads a clock_gettime clock in nanoseconds.
func clock(id int) int64 {
	var ts syscall.Timespec
	syscall.Syscall(syscall.SYS_CLOCK_GETTIME, uintptr(id), uintptr(unsafe.Pointer(&ts)), 0)
	return ts.Sec*1e9 + ts.Nsec
}

const (
	clockRealtime       = 0
	clockMonotonic      = 1
	clockProcessCPUTime = 2
	clockThreadCPUTime  = 3
	clockMonotonicRaw   = 4
	clockBoottime       = 7
	clockTAI            = 11
)

func initModule(t *vm.Thread, m *vm.Module) *py.Exception {
	d := m.Dict
	set := func(name string, v Object) { d.SetStr(py.Intern(name), v) }
	def := func(name string, f fn) { set(name, arg.Func(name, f)) }
	set("struct_time", structTime.Obj())
	clocks := map[string]int{"time": clockRealtime, "monotonic": clockMonotonic, "perf_counter": clockMonotonic,
		"process_time": clockProcessCPUTime, "thread_time": clockThreadCPUTime}
	for name, id := range clocks {
		id := id
		def(name, func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if e := arg.Exact("time."+name, args, kw, 0, 0); e != nil {
				return Object{}, e
			}
			return py.NewFloat(float64(clock(id)) / 1e9), nil
		})
		def(name+"_ns", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if e := arg.Exact("time."+name+"_ns", args, kw, 0, 0); e != nil {
				return Object{}, e
			}
			return py.MakeInt(clock(id)), nil
		})
	}
	for name, v := range map[string]int{"CLOCK_REALTIME": clockRealtime, "CLOCK_MONOTONIC": clockMonotonic,
		"CLOCK_PROCESS_CPUTIME_ID": clockProcessCPUTime, "CLOCK_THREAD_CPUTIME_ID": clockThreadCPUTime,
		"CLOCK_MONOTONIC_RAW": clockMonotonicRaw, "CLOCK_BOOTTIME": clockBoottime, "CLOCK_TAI": clockTAI} {
		set(name, py.MakeInt(int64(v)))
	}
	def("clock_gettime", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("clock_gettime", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		id, e := arg.Index(p, args[0])
		if e != nil {
			return Object{}, e
		}
		return py.NewFloat(float64(clock(int(id))) / 1e9), nil
	})
	def("clock_gettime_ns", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("clock_gettime_ns", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		id, e := arg.Index(p, args[0])
		if e != nil {
			return Object{}, e
		}
		return py.MakeInt(clock(int(id))), nil
	})
	def("clock_getres", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.NewFloat(1e-9), nil
	})
	def("sleep", sleep)
	def("gmtime", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		tm, e := secondsArg(p, "gmtime", args, kw)
		if e != nil {
			return Object{}, e
		}
		return makeStruct(tm.In(gmt), 0), nil
	})
	def("localtime", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		tm, e := secondsArg(p, "localtime", args, kw)
		if e != nil {
			return Object{}, e
		}
		return makeStruct(tm.Local(), -2), nil
	})
	def("mktime", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("mktime", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		f, e := tupleFields(p, "mktime", args[0])
		if e != nil {
			return Object{}, e
		}
		tm := gotime.Date(int(f[0]), gotime.Month(f[1]), int(f[2]), int(f[3]), int(f[4]), int(f[5]), 0, gotime.Local)
		return py.NewFloat(float64(tm.Unix())), nil
	})
	def("asctime", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("asctime", args, kw, 0, 1); e != nil {
			return Object{}, e
		}
		var tm gotime.Time
		if len(args) == 0 {
			tm = gotime.Now()
		} else {
			f, e := tupleFields(p, "asctime", args[0])
			if e != nil {
				return Object{}, e
			}
			tm = fromFields(f)
		}
		return py.NewStrObj(asctime(tm)), nil
	})
	def("ctime", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		tm, e := secondsArg(p, "ctime", args, kw)
		if e != nil {
			return Object{}, e
		}
		return py.NewStrObj(asctime(tm.Local())), nil
	})
	def("strftime", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("strftime", args, kw, 1, 2); e != nil {
			return Object{}, e
		}
		fs, ok := py.AsStr(args[0])
		if !ok {
			return Object{}, py.TypeError("strftime() argument 1 must be str, not %s", py.TypeName(args[0]))
		}
		var tm gotime.Time
		var isdst int64
		zone, off := "", 0
		if len(args) == 1 {
			tm = gotime.Now().Local()
			zone, off = tm.Zone()
		} else {
			f, e := tupleFields(p, "strftime", args[1])
			if e != nil {
				return Object{}, e
			}
			if f[1] < 0 || f[1] > 12 {
				return Object{}, py.ValueError("month out of range")
			}
			if f[2] < 0 || f[2] > 31 {
				return Object{}, py.ValueError("day of month out of range")
			}
			if f[3] < 0 || f[3] > 23 {
				return Object{}, py.ValueError("hour out of range")
			}
			if f[4] < 0 || f[4] > 59 {
				return Object{}, py.ValueError("minute out of range")
			}
			if f[5] < 0 || f[5] > 61 {
				return Object{}, py.ValueError("seconds out of range")
			}
			if f[7] < 0 || f[7] > 366 {
				return Object{}, py.ValueError("day of year out of range")
			}
			tm = fromFields(f)
			isdst = f[8]
			if st, ok := structZone(args[1]); ok {
				zone, off = st.zone, st.off
			} else {
				zone, off = gotime.Now().Zone()
			}
		}
		return py.NewStrObj(strftime(fs.String(), tm, zone, off, isdst)), nil
	})
	def("strptime", strptime)
	def("get_clock_info", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("get_clock_info", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		ns, ok := py.AsStr(args[0])
		if !ok {
			return Object{}, py.TypeError("get_clock_info() argument must be str, not %s", py.TypeName(args[0]))
		}
		info := map[string][3]string{
			"time":         {"clock_gettime(CLOCK_REALTIME)", "False", "True"},
			"monotonic":    {"clock_gettime(CLOCK_MONOTONIC)", "True", "False"},
			"perf_counter": {"clock_gettime(CLOCK_MONOTONIC)", "True", "False"},
			"process_time": {"clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", "True", "False"},
			"thread_time":  {"clock_gettime(CLOCK_THREAD_CPUTIME_ID)", "True", "False"},
		}
		v, ok := info[ns.String()]
		if !ok {
			return Object{}, py.ValueError("unknown clock")
		}
		return newNamespace([]string{"implementation", "monotonic", "adjustable", "resolution"},
			[]Object{py.NewStrObj(v[0]), py.Bool(v[1] == "True"), py.Bool(v[2] == "True"), py.NewFloat(1e-09)}), nil
	})
	// Time zone: from the local zone's offsets in January and July.
	now := gotime.Now()
	jan := gotime.Date(now.Year(), 1, 1, 0, 0, 0, 0, gotime.Local)
	jul := gotime.Date(now.Year(), 7, 1, 0, 0, 0, 0, gotime.Local)
	jn, jo := jan.Zone()
	ln, lo := jul.Zone()
	std, stdOff, dst, dstOff := jn, jo, ln, lo
	if jo > lo { // southern hemisphere: DST in January
		std, stdOff, dst, dstOff = ln, lo, jn, jo
	}
	set("timezone", py.MakeInt(int64(-stdOff)))
	set("altzone", py.MakeInt(int64(-dstOff)))
	set("daylight", py.MakeInt(b2i(jo != lo)))
	set("tzname", py.NewTuple(py.NewStrObj(std), py.NewStrObj(dst)).Obj())
	return nil
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func sleep(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if e := arg.Exact("sleep", args, kw, 1, 1); e != nil {
		return Object{}, e
	}
	var secs float64
	if f, ok := py.FloatValue(args[0]); ok {
		secs = f
	} else if py.IsInt(args[0]) {
		f, e := py.IntToFloat(args[0])
		if e != nil {
			return Object{}, py.OverflowError("timestamp too large to convert to C PyTime_t")
		}
		secs = f
	} else if sl := args[0].Type().Slots(); sl.Float != nil || sl.Index != nil {
		f, e := py.ToFloat(p, args[0])
		if e != nil {
			return Object{}, e
		}
		secs = f
	} else {
		return Object{}, py.TypeError("'%s' object cannot be interpreted as an integer or float", py.TypeName(args[0]))
	}
	if math.IsNaN(secs) {
		return Object{}, py.ValueError("Invalid value NaN (not a number)")
	}
	if secs < 0 {
		return Object{}, py.ValueError("sleep length must be non-negative")
	}
	if secs > 9.2e9 {
		return Object{}, py.OverflowError("sleep length is too large")
	}
	d := gotime.Duration(secs * 1e9)
	deadline := gotime.Now().Add(d)
	// -X gil=1: other threads run while this one sleeps (no-op otherwise).
	vt := vm.ThreadOf(p)
	defer vt.AcquireGIL(vt.ReleaseGIL())
	for {
		left := gotime.Until(deadline)
		if left <= 0 {
			return py.None, nil
		}
		timer := gotime.NewTimer(left)
		select {
		case <-timer.C:
			return py.None, nil
		case <-Interrupt:
			timer.Stop()
			if CheckSignals != nil {
				if e := CheckSignals(p); e != nil {
					return Object{}, e
				}
			}
		}
	}
}

// secondsArg converts the optional seconds argument of gmtime & co.
func secondsArg(p *py.Thread, name string, args []Object, kw *py.Tuple) (gotime.Time, *py.Exception) {
	// PyArg_ParseTuple("|O:name") wording.
	if kw.Len() > 0 {
		return gotime.Time{}, py.TypeError("%s() takes no keyword arguments", name)
	}
	if len(args) > 1 {
		return gotime.Time{}, py.TypeError("%s() takes at most 1 argument (%d given)", name, len(args))
	}
	if len(args) == 0 || args[0].IsNone() {
		return gotime.Now(), nil
	}
	o := args[0]
	if f, ok := py.FloatValue(o); ok {
		if math.IsNaN(f) {
			return gotime.Time{}, py.ValueError("Invalid value NaN (not a number)")
		}
		if math.Abs(f) > 1e17 {
			return gotime.Time{}, py.OverflowError("timestamp out of range for platform time_t")
		}
		sec := math.Floor(f)
		return gotime.Unix(int64(sec), 0), nil
	}
	if !py.IsInt(o) {
		if o.Type().Slots().Index == nil {
			return gotime.Time{}, py.TypeError("'%s' object cannot be interpreted as an integer", py.TypeName(o))
		}
	}
	v, e := arg.Index(p, o)
	if e != nil {
		return gotime.Time{}, py.OverflowError("timestamp out of range for platform time_t")
	}
	return gotime.Unix(v, 0), nil
}

func makeStruct(tm gotime.Time, isdst int) Object {
	zone, off := tm.Zone()
	if isdst == -2 {
		isdst = 0
		if tm.IsDST() {
			isdst = 1
		}
	}
	i := func(v int) Object { return py.MakeInt(int64(v)) }
	return structTime.Make(i(tm.Year()), i(int(tm.Month())), i(tm.Day()), i(tm.Hour()), i(tm.Minute()), i(tm.Second()),
		i((int(tm.Weekday())+6)%7), i(tm.YearDay()), i(isdst), py.NewStrObj(zone), i(off))
}

type zoneInfo struct {
	zone string
	off  int
}

func structZone(o Object) (zoneInfo, bool) {
	if o.Type() != structTime.Type {
		return zoneInfo{}, false
	}
	p := py.NewThread()
	z, e := py.GetAttrS(p, o, "tm_zone")
	g, e2 := py.GetAttrS(p, o, "tm_gmtoff")
	if e != nil || e2 != nil {
		return zoneInfo{}, false
	}
	zs, ok := py.AsStr(z)
	gv, ok2 := py.AsInt64(g)
	if !ok || !ok2 {
		return zoneInfo{}, false
	}
	return zoneInfo{zs.String(), int(gv)}, true
}

// tupleFields reads a 9-item time tuple.
func tupleFields(p *py.Thread, name string, o Object) ([9]int64, *py.Exception) {
	var f [9]int64
	tu, ok := py.AsTuple(o)
	if !ok {
		return f, py.TypeError("Tuple or struct_time argument required")
	}
	items := tu.Items()
	if len(items) != 9 {
		return f, py.TypeError("%s(): illegal time tuple argument", name)
	}
	for i, it := range items {
		v, e := arg.Index(p, it)
		if e != nil {
			return f, e
		}
		f[i] = v
	}
	return f, nil
}

func fromFields(f [9]int64) gotime.Time {
	mon, day := f[1], f[2]
	if mon == 0 {
		mon = 1
	}
	if day == 0 {
		day = 1
	}
	tm := gotime.Date(int(f[0]), gotime.Month(mon), int(day), int(f[3]), int(f[4]), int(f[5]), 0, gotime.UTC)
	return tm
}

var dayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

func wday(tm gotime.Time) int { return (int(tm.Weekday()) + 6) % 7 }

func asctime(tm gotime.Time) string {
	return dayNames[wday(tm)][:3] + " " + monthNames[tm.Month()-1][:3] + " " + pad(tm.Day(), 2, ' ') + " " +
		pad(tm.Hour(), 2, '0') + ":" + pad(tm.Minute(), 2, '0') + ":" + pad(tm.Second(), 2, '0') + " " + itoa(tm.Year())
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func pad(n, w int, c byte) string {
	s := itoa(n)
	for len(s) < w {
		s = string(c) + s
	}
	return s
}

// strftime formats with the C library's directives (C locale).
func strftime(f string, tm gotime.Time, zone string, off int, isdst int64) string {
	var b strings.Builder
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' || i+1 >= len(f) {
			b.WriteByte(c)
			continue
		}
		i++
		switch f[i] {
		case 'Y':
			b.WriteString(itoa(tm.Year()))
		case 'C':
			b.WriteString(pad(tm.Year()/100, 2, '0'))
		case 'y':
			b.WriteString(pad(tm.Year()%100, 2, '0'))
		case 'm':
			b.WriteString(pad(int(tm.Month()), 2, '0'))
		case 'd':
			b.WriteString(pad(tm.Day(), 2, '0'))
		case 'e':
			b.WriteString(pad(tm.Day(), 2, ' '))
		case 'H':
			b.WriteString(pad(tm.Hour(), 2, '0'))
		case 'k':
			b.WriteString(pad(tm.Hour(), 2, ' '))
		case 'I', 'l':
			h := tm.Hour() % 12
			if h == 0 {
				h = 12
			}
			if f[i] == 'I' {
				b.WriteString(pad(h, 2, '0'))
			} else {
				b.WriteString(pad(h, 2, ' '))
			}
		case 'M':
			b.WriteString(pad(tm.Minute(), 2, '0'))
		case 'S':
			b.WriteString(pad(tm.Second(), 2, '0'))
		case 'p':
			if tm.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'a':
			b.WriteString(dayNames[wday(tm)][:3])
		case 'A':
			b.WriteString(dayNames[wday(tm)])
		case 'b', 'h':
			b.WriteString(monthNames[tm.Month()-1][:3])
		case 'B':
			b.WriteString(monthNames[tm.Month()-1])
		case 'j':
			b.WriteString(pad(tm.YearDay(), 3, '0'))
		case 'w':
			b.WriteString(itoa(int(tm.Weekday())))
		case 'u':
			b.WriteString(itoa(wday(tm) + 1))
		case 'U':
			b.WriteString(pad((tm.YearDay()+6-int(tm.Weekday()))/7, 2, '0'))
		case 'W':
			b.WriteString(pad((tm.YearDay()+6-wday(tm))/7, 2, '0'))
		case 'G':
			y, _ := tm.ISOWeek()
			b.WriteString(itoa(y))
		case 'g':
			y, _ := tm.ISOWeek()
			b.WriteString(pad(y%100, 2, '0'))
		case 'V':
			_, w := tm.ISOWeek()
			b.WriteString(pad(w, 2, '0'))
		case 'D':
			b.WriteString(strftime("%m/%d/%y", tm, zone, off, isdst))
		case 'F':
			b.WriteString(strftime("%Y-%m-%d", tm, zone, off, isdst))
		case 'T':
			b.WriteString(strftime("%H:%M:%S", tm, zone, off, isdst))
		case 'R':
			b.WriteString(strftime("%H:%M", tm, zone, off, isdst))
		case 'r':
			b.WriteString(strftime("%I:%M:%S %p", tm, zone, off, isdst))
		case 'c':
			b.WriteString(asctime(tm))
		case 'x':
			b.WriteString(strftime("%m/%d/%y", tm, zone, off, isdst))
		case 'X':
			b.WriteString(strftime("%H:%M:%S", tm, zone, off, isdst))
		case 'Z':
			b.WriteString(zone)
		case 'z':
			sign := '+'
			o := off
			if o < 0 {
				sign, o = '-', -o
			}
			b.WriteRune(sign)
			b.WriteString(pad(o/3600, 2, '0') + pad(o%3600/60, 2, '0'))
		case 's':
			b.WriteString(itoa(int(tm.Unix())))
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(f[i])
		}
	}
	return b.String()
}

// ---------------------------------------------------------------- namespace

// namespace is the types.SimpleNamespace returned by get_clock_info.
type namespace struct {
	py.Head
	dict *py.Dict
}

var namespaceType = func() *py.Type {
	typ, exc := py.NewType("SimpleNamespace", []*py.Type{py.ObjectType}, nil)
	if exc != nil {
		panic(exc)
	}
	typ.Flags &^= py.FlagHeapType | py.FlagBaseType
	typ.Module = "types"
	s := *typ.Slots()
	s.Dict = func(o Object) *py.Dict { return (*namespace)(o.Ptr()).dict }
	s.Repr = func(t *py.Thread, o Object) (Object, *py.Exception) {
		keys, vals := (*namespace)(o.Ptr()).dict.Items()
		var b strings.Builder
		b.WriteString("namespace(")
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			ks, _ := py.AsStr(k)
			r, e := py.ReprS(t, vals[i])
			if e != nil {
				return Object{}, e
			}
			b.WriteString(ks.String() + "=" + r)
		}
		b.WriteByte(')')
		return py.NewStrObj(b.String()), nil
	}
	typ.SetSlots(&s)
	return typ
}()

func newNamespace(keys []string, vals []Object) Object {
	n := &namespace{Head: py.MakeHead(namespaceType), dict: py.NewDict()}
	for i, k := range keys {
		n.dict.SetStr(py.Intern(k), vals[i])
	}
	return py.FromPtr(unsafe.Pointer(n))
}
