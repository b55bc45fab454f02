package py

import (
	"fmt"
	"strings"
	"sync/atomic"
	"unsafe"
)

// Exception is a BaseException instance: the Go-side carrier of a raised
// Python exception is a pointer to the exception object itself. Operations
// return (result, *Exception); nil means success.
//
// Fields shared between threads (an exception object can be caught in one
// thread and inspected in another) are accessed atomically.
type Exception struct {
	Head
	args      atomic.Pointer[Tuple]
	traceback Object // opaque to this package: the VM's traceback object, or nil (None)
	cause     Object
	context   Object
	suppress  atomic.Bool
	dict      atomic.Pointer[Dict]
	ext       []Object                 // per-type attributes (see excFields)
	slots     atomic.Pointer[[]Object] // __slots__ values of a Python subclass (see SlotArray)
}

// TracebackType is the type the VM gives traceback objects; when set,
// __traceback__ only accepts its instances (and None).
var TracebackType *Type

// excFields lists the extra attributes of the exception layouts.
var excFields = map[*Type][]string{}

// Obj returns the exception as an Object.
func (e *Exception) Obj() Object { return Object{unsafe.Pointer(e)} }

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.typ }

// Args returns the args tuple.
func (e *Exception) Args() *Tuple { return e.args.Load() }

// SetArgs replaces args.
func (e *Exception) SetArgs(t *Tuple) { e.args.Store(t) }

// Traceback/Cause/Context return the attribute (nil = None).
func (e *Exception) Traceback() Object      { return slotLoad(&e.traceback) }
func (e *Exception) SetTraceback(tb Object) { slotStore(&e.traceback, tb) }
func (e *Exception) Cause() *Exception      { return AsException(slotLoad(&e.cause)) }
func (e *Exception) Context() *Exception    { return AsException(slotLoad(&e.context)) }

// SetCause sets __cause__ (nil = None) and __suppress_context__, as
// `raise e from c` does.
func (e *Exception) SetCause(c *Exception) {
	var o Object
	if c != nil {
		o = c.Obj()
	}
	slotStore(&e.cause, o)
	e.suppress.Store(true)
}

// SetContext sets __context__ (nil = None).
func (e *Exception) SetContext(c *Exception) {
	var o Object
	if c != nil {
		o = c.Obj()
	}
	slotStore(&e.context, o)
}

func (e *Exception) SuppressContext() bool     { return e.suppress.Load() }
func (e *Exception) SetSuppressContext(b bool) { e.suppress.Store(b) }

// Dict returns the instance __dict__, creating it on first use.
func (e *Exception) Dict() *Dict {
	if d := e.dict.Load(); d != nil {
		return d
	}
	e.dict.CompareAndSwap(nil, NewDict())
	return e.dict.Load()
}

// SlotArray returns the storage of the __slots__ members of an instance
// of a Python subclass: n values, made on first use. Its elements are read
// and written atomically by the VM's member descriptors.
func (e *Exception) SlotArray(n int) []Object {
	if s := e.slots.Load(); s != nil && len(*s) >= n {
		return *s
	}
	ns := make([]Object, n)
	if e.slots.CompareAndSwap(nil, &ns) {
		return ns
	}
	return *e.slots.Load()
}

// Field returns a type-specific attribute (e.g. "errno", "value"); nil if
// the exception has no such field.
func (e *Exception) Field(name string) Object {
	if i := fieldIndex(e.typ, name); i >= 0 {
		return slotLoad(&e.ext[i])
	}
	return Object{}
}

// SetField sets a type-specific attribute; it reports whether it exists.
func (e *Exception) SetField(name string, v Object) bool {
	if i := fieldIndex(e.typ, name); i >= 0 {
		slotStore(&e.ext[i], v)
		return true
	}
	return false
}

func fieldIndex(t *Type, name string) int {
	for i, f := range excFields[t.Layout] {
		if f == name {
			return i
		}
	}
	return -1
}

// Matches reports whether e is an instance of typ (or a subclass).
func (e *Exception) Matches(typ *Type) bool { return e.typ.IsSubtype(typ) }

// Error makes *Exception a Go error: "TypeError: message".
func (e *Exception) Error() string {
	t := NewThread()
	s, exc := StrS(t, e.Obj())
	msg := "<exception str() failed>"
	if exc == nil {
		msg = s
	}
	if msg == "" {
		return e.typ.FullName()
	}
	return e.typ.FullName() + ": " + msg
}

// AsException returns o as an exception, or nil if it is not one.
func AsException(o Object) *Exception {
	if o.p == nil || o.Type().Flags&FlagExcSubclass == 0 {
		return nil
	}
	return (*Exception)(o.p)
}

// NewException makes an instance of typ with the given args, without
// running Python-level __init__ (for raising builtin exceptions).
func NewException(typ *Type, args ...Object) *Exception {
	e := &Exception{Head: Head{typ}}
	if n := len(excFields[typ.Layout]); n > 0 {
		e.ext = make([]Object, n)
		for i := range e.ext {
			e.ext[i] = None
		}
	}
	e.args.Store(NewTuple(args...))
	excInitFields(e, args)
	return e
}

// Errorf makes an exception of typ whose single argument is the message.
func Errorf(typ *Type, format string, a ...any) *Exception {
	msg := format
	if len(a) > 0 {
		msg = fmt.Sprintf(format, a...)
	}
	return NewException(typ, NewStr(msg).Obj())
}

// Raise helpers for the common builtin exceptions.
func TypeError(format string, a ...any) *Exception  { return Errorf(TypeErrorType, format, a...) }
func ValueError(format string, a ...any) *Exception { return Errorf(ValueErrorType, format, a...) }
func IndexError(format string, a ...any) *Exception { return Errorf(IndexErrorType, format, a...) }
func OverflowError(format string, a ...any) *Exception {
	return Errorf(OverflowErrorType, format, a...)
}
func ZeroDivisionError(format string, a ...any) *Exception {
	return Errorf(ZeroDivisionErrorType, format, a...)
}
func RuntimeError(format string, a ...any) *Exception { return Errorf(RuntimeErrorType, format, a...) }
func RecursionError(format string, a ...any) *Exception {
	return Errorf(RecursionErrorType, format, a...)
}
func SystemError(format string, a ...any) *Exception { return Errorf(SystemErrorType, format, a...) }
func NotImplementedError(format string, a ...any) *Exception {
	return Errorf(NotImplementedErrorType, format, a...)
}
func MemoryError(format string, a ...any) *Exception { return Errorf(MemoryErrorType, format, a...) }

// AttributeError makes an AttributeError with name and obj set.
func AttributeError(obj Object, name string, format string, a ...any) *Exception {
	e := Errorf(AttributeErrorType, format, a...)
	e.SetField("name", NewStr(name).Obj())
	if obj.p != nil {
		e.SetField("obj", obj)
	}
	return e
}

// KeyError makes KeyError(key).
func KeyError(key Object) *Exception { return NewException(KeyErrorType, key) }

// NameError makes a NameError with its name attribute.
func NameError(name string, format string, a ...any) *Exception {
	e := Errorf(NameErrorType, format, a...)
	e.SetField("name", NewStr(name).Obj())
	return e
}

// StopIteration makes StopIteration(value) (value nil = no args).
func StopIteration(value Object) *Exception {
	if value.p == nil {
		return NewException(StopIterationType)
	}
	return NewException(StopIterationType, value)
}

// excInitFields fills the type-specific attributes from args, as the
// builtin __init__ methods do (keyword arguments are handled by excInit).
func excInitFields(e *Exception, args []Object) {
	switch e.typ.Layout {
	case StopIterationType:
		if len(args) > 0 {
			e.ext[0] = args[0]
		}
	case SystemExitType:
		switch len(args) {
		case 0:
		case 1:
			e.ext[0] = args[0]
		default:
			e.ext[0] = NewTuple(args...).Obj()
		}
	case ImportErrorType:
		if len(args) == 1 {
			e.ext[0] = args[0]
		}
	case OSErrorType:
		e.ext[4] = Object{} // characters_written: unset
		if len(args) >= 2 && len(args) <= 5 {
			e.ext[0], e.ext[1] = args[0], args[1]
			if len(args) >= 3 {
				e.ext[2] = args[2]
				// BlockingIOError(errno, strerror, characters_written).
				if e.typ.IsSubtype(BlockingIOErrorType) && IsInt(args[2]) {
					e.ext[2], e.ext[4] = None, args[2]
				}
				if len(args) == 5 {
					e.ext[3] = args[4]
				}
				e.args.Store(NewTuple(args[0], args[1]))
			}
		}
	case SyntaxErrorType:
		if len(args) >= 1 {
			e.ext[0] = args[0]
		}
		if len(args) == 2 {
			if info, ok := args[1].p, true; ok && args[1].Type().Flags&FlagTupleSubclass != 0 {
				_ = info
				items := (*Tuple)(args[1].p).items
				for i := 0; i < len(items) && i < 6; i++ {
					e.ext[1+i] = items[i]
				}
			}
		}
	}
}

// ---------------------------------------------------------------- str/repr

func excStr(t *Thread, o Object) (Object, *Exception) {
	e := (*Exception)(o.p)
	switch {
	case e.typ.IsSubtype(KeyErrorType):
		if a := e.Args(); a.Len() == 1 {
			return Repr(t, a.items[0])
		}
	case e.typ.Layout == OSErrorType:
		return osErrorStr(t, e)
	case e.typ.Layout == SyntaxErrorType:
		return syntaxErrorStr(t, e)
	case e.typ.Layout == ImportErrorType:
		if m := slotLoad(&e.ext[0]); !m.IsNone() {
			return ToStr(t, m)
		}
	case e.typ.Layout == UnicodeErrorType:
		if s, ok := unicodeErrorStr(t, e); ok {
			return NewStr(s).Obj(), nil
		}
	case e.typ.Layout == BaseExceptionGroupType:
		msg := slotLoad(&e.ext[0])
		n := 0
		if ex := slotLoad(&e.ext[1]); ex.p != nil && !ex.IsNone() {
			n = (*Tuple)(ex.p).Len()
		}
		ms, exc := ToStr(t, msg)
		if exc != nil {
			return Object{}, exc
		}
		suffix := "s"
		if n == 1 {
			suffix = ""
		}
		return NewStr(fmt.Sprintf("%s (%d sub-exception%s)", (*Str)(ms.p).s, n, suffix)).Obj(), nil
	}
	a := e.Args()
	switch a.Len() {
	case 0:
		return emptyStr.Obj(), nil
	case 1:
		return ToStr(t, a.items[0])
	}
	return ToStr(t, a.Obj())
}

func osErrorStr(t *Thread, e *Exception) (Object, *Exception) {
	errno, strerror, fn, fn2 := slotLoad(&e.ext[0]), slotLoad(&e.ext[1]), slotLoad(&e.ext[2]), slotLoad(&e.ext[3])
	sv := func(o Object) string {
		s, exc := StrS(t, o)
		if exc != nil {
			return ""
		}
		return s
	}
	rv := func(o Object) string {
		s, exc := ReprS(t, o)
		if exc != nil {
			return ""
		}
		return s
	}
	if !fn.IsNone() {
		if !fn2.IsNone() {
			return NewStr(fmt.Sprintf("[Errno %s] %s: %s -> %s", sv(errno), sv(strerror), rv(fn), rv(fn2))).Obj(), nil
		}
		return NewStr(fmt.Sprintf("[Errno %s] %s: %s", sv(errno), sv(strerror), rv(fn))).Obj(), nil
	}
	// Set (even to None) by a 2-5 argument constructor, or both non-None.
	set := !errno.IsNone() && !strerror.IsNone()
	if a := e.Args(); a.Len() == 2 && a.items[0].Is(errno) && a.items[1].Is(strerror) {
		set = true
	}
	if set {
		return NewStr(fmt.Sprintf("[Errno %s] %s", sv(errno), sv(strerror))).Obj(), nil
	}
	a := e.Args()
	switch a.Len() {
	case 0:
		return emptyStr.Obj(), nil
	case 1:
		return ToStr(t, a.items[0])
	}
	return ToStr(t, a.Obj())
}

func syntaxErrorStr(t *Thread, e *Exception) (Object, *Exception) {
	msg, exc := ToStr(t, slotLoad(&e.ext[0]))
	if exc != nil {
		return Object{}, exc
	}
	fnObj, line := slotLoad(&e.ext[1]), slotLoad(&e.ext[2])
	fn := ""
	if s, ok := AsStr(fnObj); ok {
		fn = s.s
		if i := strings.LastIndexAny(fn, "/"); i >= 0 {
			fn = fn[i+1:]
		}
	}
	_, lineIsInt := AsInt64(line)
	if line.p != nil && line.Type() != IntType {
		lineIsInt = false
	}
	m := (*Str)(msg.p).s
	switch {
	case fn != "" && lineIsInt:
		return NewStr(fmt.Sprintf("%s (%s, line %s)", m, fn, intRepr(line))).Obj(), nil
	case fn != "":
		return NewStr(fmt.Sprintf("%s (%s)", m, fn)).Obj(), nil
	case lineIsInt:
		return NewStr(fmt.Sprintf("%s (line %s)", m, intRepr(line))).Obj(), nil
	}
	return msg, nil
}

func unicodeErrorStr(t *Thread, e *Exception) (string, bool) {
	enc, obj, start, end, reason := slotLoad(&e.ext[0]), slotLoad(&e.ext[1]), slotLoad(&e.ext[2]), slotLoad(&e.ext[3]), slotLoad(&e.ext[4])
	encS, ok1 := AsStr(enc)
	if !ok1 && e.typ.IsSubtype(UnicodeTranslateErrorType) {
		encS, ok1 = emptyStr, true // translate errors have no codec
	}
	reasonS, ok2 := AsStr(reason)
	st, ok3 := AsInt64(start)
	en, ok4 := AsInt64(end)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return "", false
	}
	switch {
	case e.typ.IsSubtype(UnicodeDecodeErrorType):
		b, ok := BytesLike(obj)
		if !ok {
			return "", false
		}
		if en == st+1 && st >= 0 && int(st) < len(b) {
			return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", encS.s, b[st], st, reasonS.s), true
		}
		return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", encS.s, st, en-1, reasonS.s), true
	case e.typ.IsSubtype(UnicodeEncodeErrorType), e.typ.IsSubtype(UnicodeTranslateErrorType):
		s, ok := AsStr(obj)
		if !ok {
			return "", false
		}
		verb := "encode"
		prefix := fmt.Sprintf("'%s' codec can't ", encS.s)
		if e.typ.IsSubtype(UnicodeTranslateErrorType) {
			verb, prefix = "translate", "can't "
		}
		if en == st+1 && st >= 0 && int(st) < s.Len() {
			r := s.runeAt(int(st))
			var c string
			switch {
			case r < 0x100:
				c = fmt.Sprintf("\\x%02x", r)
			case r < 0x10000:
				c = fmt.Sprintf("\\u%04x", r)
			default:
				c = fmt.Sprintf("\\U%08x", r)
			}
			return fmt.Sprintf("%s%s character '%s' in position %d: %s", prefix, verb, c, st, reasonS.s), true
		}
		return fmt.Sprintf("%s%s characters in position %d-%d: %s", prefix, verb, st, en-1, reasonS.s), true
	}
	return "", false
}

func excRepr(t *Thread, o Object) (Object, *Exception) {
	e := (*Exception)(o.p)
	a := e.Args()
	var b strings.Builder
	b.WriteString(e.typ.Name)
	if e.typ.Layout == BaseExceptionGroupType && a.Len() == 2 {
		// 3.14 shows the exceptions as a list.
		s1, exc := ReprS(t, a.items[0])
		if exc != nil {
			return Object{}, exc
		}
		exs := slotLoad(&e.ext[1])
		lst := NewList(nil)
		if tu, ok := AsTuple(exs); ok {
			lst = NewList(tu.items)
		}
		shown := lst.Obj()
		if _, isTuple := AsTuple(a.items[1]); isTuple {
			// Given as a tuple (as the interpreter's own wrapping of a
			// naked exception for except* is): shown as one.
			shown = exs
		}
		s2, exc := ReprS(t, shown)
		if exc != nil {
			return Object{}, exc
		}
		return NewStr(b.String() + "(" + s1 + ", " + s2 + ")").Obj(), nil
	}
	if a.Len() == 1 {
		s, exc := ReprS(t, a.items[0])
		if exc != nil {
			return Object{}, exc
		}
		b.WriteString("(" + s + ")")
	} else {
		s, exc := ReprS(t, a.Obj())
		if exc != nil {
			return Object{}, exc
		}
		b.WriteString(s)
	}
	return NewStr(b.String()).Obj(), nil
}

// ---------------------------------------------------------------- construction

func excNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	if typ.Layout == OSErrorType && typ == OSErrorType && len(args) >= 2 && len(args) <= 5 {
		if n, ok := AsInt64(args[0]); ok {
			if sub := errnoType(int(n)); sub != nil {
				typ = sub
			}
		}
	}
	if typ.Layout == BaseExceptionGroupType {
		return excGroupNew(t, typ, args, kw)
	}
	e := &Exception{Head: Head{typ}}
	if n := len(excFields[typ.Layout]); n > 0 {
		e.ext = make([]Object, n)
		for i := range e.ext {
			e.ext[i] = None
		}
	}
	e.args.Store(NewTuple(args[:len(args)-kw.Len()]...))
	return e.Obj(), nil
}

func excInit(t *Thread, self Object, args []Object, kw *Tuple) *Exception {
	e := (*Exception)(self.p)
	nkw := kw.Len()
	pos := args[:len(args)-nkw]
	var allowed []string
	switch e.typ.Layout {
	case ImportErrorType:
		allowed = []string{"name", "path", "name_from"}
	case NameErrorType:
		allowed = []string{"name"}
	case AttributeErrorType:
		allowed = []string{"name", "obj"}
	}
	for i := range nkw {
		k := (*Str)(kw.items[i].p).s
		ok := false
		for _, a := range allowed {
			if a == k {
				ok = true
			}
		}
		if !ok {
			if allowed == nil {
				return TypeError("%s() takes no keyword arguments", e.typ.Name)
			}
			return TypeError("%s() got an unexpected keyword argument '%s'", e.typ.Name, k)
		}
	}
	switch e.typ.Layout {
	case SyntaxErrorType:
		if len(pos) == 2 {
			info, ok := AsTuple(pos[1])
			if !ok {
				return TypeError("'%s' object is not iterable", TypeName(pos[1]))
			}
			if info.Len() < 4 {
				return TypeError("function takes at least 4 arguments (%d given)", info.Len())
			}
			if info.Len() > 6 {
				return TypeError("function takes at most 6 arguments (%d given)", info.Len())
			}
		}
	case UnicodeErrorType:
		if exc := unicodeErrorInit(e, pos); exc != nil {
			return exc
		}
	case BaseExceptionGroupType:
		return nil
	}
	e.args.Store(NewTuple(pos...))
	if e.typ.Layout != UnicodeErrorType {
		excInitFields(e, pos)
	}
	for i := range nkw {
		k := (*Str)(kw.items[i].p).s
		v := args[len(pos)+i]
		e.SetField(k, v)
	}
	return nil
}

func unicodeErrorInit(e *Exception, pos []Object) *Exception {
	var objKind string
	switch {
	case e.typ.IsSubtype(UnicodeDecodeErrorType):
		objKind = "bytes"
	case e.typ.IsSubtype(UnicodeEncodeErrorType):
		objKind = "str"
	case e.typ.IsSubtype(UnicodeTranslateErrorType):
		if len(pos) != 4 {
			return TypeError("function takes exactly 4 arguments (%d given)", len(pos))
		}
		e.ext[1], e.ext[2], e.ext[3], e.ext[4] = pos[0], pos[1], pos[2], pos[3]
		return nil
	default:
		return nil
	}
	if len(pos) != 5 {
		return TypeError("function takes exactly 5 arguments (%d given)", len(pos))
	}
	if _, ok := AsStr(pos[0]); !ok {
		return TypeError("argument 1 must be str, not %s", TypeName(pos[0]))
	}
	if objKind == "bytes" {
		if _, ok := BytesLike(pos[1]); !ok {
			return TypeError("a bytes-like object is required, not '%s'", TypeName(pos[1]))
		}
	} else if _, ok := AsStr(pos[1]); !ok {
		return TypeError("argument 2 must be str, not %s", TypeName(pos[1]))
	}
	for i := 2; i < 4; i++ {
		if _, ok := AsInt64(pos[i]); !ok {
			return TypeError("'%s' object cannot be interpreted as an integer", TypeName(pos[i]))
		}
	}
	if _, ok := AsStr(pos[4]); !ok {
		return TypeError("argument 5 must be str, not %s", TypeName(pos[4]))
	}
	copy(e.ext, pos)
	if objKind == "bytes" {
		// The object is stored as bytes, whatever buffer was given.
		if _, isBytes := AsBytes(pos[1]); !isBytes {
			b, _ := BytesLike(pos[1])
			e.ext[1] = NewBytes(append([]byte(nil), b...)).Obj()
		}
	}
	return nil
}

func excGroupNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	if kw.Len() > 0 {
		return Object{}, TypeError("%s() takes no keyword arguments", typ.Name)
	}
	if len(args) != 2 {
		return Object{}, TypeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	if _, ok := AsStr(args[0]); !ok {
		n := TypeName(args[0])
		if args[0].IsNone() {
			n = "None"
		}
		return Object{}, TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", n)
	}
	// Any sequence (CPython's PySequence_Check: __getitem__, not a dict).
	k := args[1].Type()
	if k.Slots().GetItem == nil || k.Flags&FlagDictSubclass != 0 || k.Flags&FlagSetSubclass != 0 {
		return Object{}, TypeError("second argument (exceptions) must be a sequence")
	}
	items, exc := SequenceItems(t, args[1])
	if exc != nil {
		return Object{}, exc
	}
	if len(items) == 0 {
		return Object{}, ValueError("second argument (exceptions) must be a non-empty sequence")
	}
	allExc := true
	for i, it := range items {
		ex := AsException(it)
		if ex == nil {
			return Object{}, ValueError("Item %d of second argument (exceptions) is not an exception", i)
		}
		if !ex.typ.IsSubtype(ExceptionType) {
			allExc = false
		}
	}
	if typ == BaseExceptionGroupType {
		if allExc {
			typ = ExceptionGroupType
		}
	} else if !allExc && typ.IsSubtype(ExceptionType) {
		return Object{}, TypeError("Cannot nest BaseExceptions in an %s", typ.Name)
	}
	e := &Exception{Head: Head{typ}, ext: []Object{args[0], NewTuple(items...).Obj()}}
	e.args.Store(NewTuple(args...))
	return e.Obj(), nil
}

// ---------------------------------------------------------------- attributes

func excGetSets(typ *Type) {
	addGetSet(typ, "args", func(t *Thread, o Object) (Object, *Exception) {
		return (*Exception)(o.p).Args().Obj(), nil
	}, func(t *Thread, o, v Object) *Exception {
		if v.p == nil {
			return TypeError("args may not be deleted")
		}
		items, exc := SequenceItems(t, v)
		if exc != nil {
			return exc
		}
		(*Exception)(o.p).SetArgs(NewTuple(items...))
		return nil
	})
	addGetSet(typ, "__traceback__", func(t *Thread, o Object) (Object, *Exception) {
		return orNone(slotLoad(&(*Exception)(o.p).traceback)), nil
	}, func(t *Thread, o, v Object) *Exception {
		if v.p == nil {
			return TypeError("__traceback__ may not be deleted")
		}
		if !v.IsNone() && (TracebackType == nil || !v.Type().IsSubtype(TracebackType)) {
			return TypeError("__traceback__ must be a traceback or None")
		}
		if v.IsNone() {
			v = Object{}
		}
		slotStore(&(*Exception)(o.p).traceback, v)
		return nil
	})
	addGetSet(typ, "__cause__", func(t *Thread, o Object) (Object, *Exception) {
		return orNone(slotLoad(&(*Exception)(o.p).cause)), nil
	}, func(t *Thread, o, v Object) *Exception {
		if v.p == nil {
			return TypeError("__cause__ may not be deleted")
		}
		if !v.IsNone() && AsException(v) == nil {
			return TypeError("exception cause must be None or derive from BaseException")
		}
		(*Exception)(o.p).SetCause(AsException(v))
		return nil
	})
	addGetSet(typ, "__context__", func(t *Thread, o Object) (Object, *Exception) {
		return orNone(slotLoad(&(*Exception)(o.p).context)), nil
	}, func(t *Thread, o, v Object) *Exception {
		if v.p == nil {
			return TypeError("__context__ may not be deleted")
		}
		if !v.IsNone() && AsException(v) == nil {
			return TypeError("exception context must be None or derive from BaseException")
		}
		(*Exception)(o.p).SetContext(AsException(v))
		return nil
	})
	addGetSet(typ, "__suppress_context__", func(t *Thread, o Object) (Object, *Exception) {
		return Bool((*Exception)(o.p).SuppressContext()), nil
	}, func(t *Thread, o, v Object) *Exception {
		if v.p == nil {
			return TypeError("__suppress_context__ may not be deleted")
		}
		b, exc := Truthy(t, v)
		if exc != nil {
			return exc
		}
		(*Exception)(o.p).SetSuppressContext(b)
		return nil
	})
	addGetSet(typ, "__dict__", func(t *Thread, o Object) (Object, *Exception) {
		return (*Exception)(o.p).Dict().Obj(), nil
	}, nil)
	addMethod(typ, "add_note", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := noKw("add_note", kw); exc != nil {
			return Object{}, exc
		}
		if len(args) != 1 {
			return Object{}, TypeError("%s.add_note() takes exactly one argument (%d given)", TypeName(self), len(args))
		}
		if _, ok := AsStr(args[0]); !ok {
			return Object{}, TypeError("add_note() argument must be str, not %s", TypeName(args[0]))
		}
		d := (*Exception)(self.p).Dict()
		notes := d.GetStr(Intern("__notes__"))
		if notes.p == nil {
			l := NewList(nil)
			d.SetStr(Intern("__notes__"), l.Obj())
			notes = l.Obj()
		}
		l, ok := AsList(notes)
		if !ok {
			return Object{}, TypeError("Cannot add note: __notes__ is not a list")
		}
		l.Append(args[0])
		return None, nil
	})
	// __init__ is the init slot, so that super().__init__(msg) in a
	// Python subclass sets args (and the fields of builtin layouts).
	addMethod(typ, "__init__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if AsException(self) == nil {
			return Object{}, TypeError("descriptor '__init__' requires a 'BaseException' object but received a '%s'", TypeName(self))
		}
		if exc := excInit(t, self, args, kw); exc != nil {
			return Object{}, exc
		}
		return None, nil
	})
	addMethod(typ, "with_traceback", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 {
			return Object{}, TypeError("%s.with_traceback() takes exactly one argument (%d given)", TypeName(self), len(args))
		}
		if exc := setAttrByDescr(t, self, "__traceback__", args[0]); exc != nil {
			return Object{}, exc
		}
		return self, nil
	})
}

func orNone(o Object) Object {
	if o.p == nil {
		return None
	}
	return o
}

// fieldGetSets exposes the extra fields of an exception layout.
func fieldGetSets(typ *Type, names []string) {
	excFields[typ] = names
	for i, n := range names {
		if strings.HasPrefix(n, "_") {
			continue
		}
		addGetSet(typ, n, func(t *Thread, o Object) (Object, *Exception) {
			v := slotLoad(&(*Exception)(o.p).ext[i])
			if v.p == nil {
				return Object{}, AttributeError(o, n, "%s", n)
			}
			return v, nil
		}, func(t *Thread, o, v Object) *Exception {
			if v.p == nil && n != "characters_written" {
				v = None
			}
			slotStore(&(*Exception)(o.p).ext[i], v)
			return nil
		})
	}
}

// ---------------------------------------------------------------- hierarchy

var (
	BaseExceptionType, BaseExceptionGroupType, GeneratorExitType, KeyboardInterruptType,
	SystemExitType, ExceptionType, ArithmeticErrorType, FloatingPointErrorType,
	OverflowErrorType, ZeroDivisionErrorType, AssertionErrorType, AttributeErrorType,
	BufferErrorType, EOFErrorType, ExceptionGroupType, ImportErrorType,
	ModuleNotFoundErrorType, LookupErrorType, IndexErrorType, KeyErrorType,
	MemoryErrorType, NameErrorType, UnboundLocalErrorType, OSErrorType,
	BlockingIOErrorType, ChildProcessErrorType, ConnectionErrorType, BrokenPipeErrorType,
	ConnectionAbortedErrorType, ConnectionRefusedErrorType, ConnectionResetErrorType,
	FileExistsErrorType, FileNotFoundErrorType, InterruptedErrorType, IsADirectoryErrorType,
	NotADirectoryErrorType, PermissionErrorType, ProcessLookupErrorType, TimeoutErrorType,
	ReferenceErrorType, RuntimeErrorType, NotImplementedErrorType, PythonFinalizationErrorType,
	RecursionErrorType, StopAsyncIterationType, StopIterationType, SyntaxErrorType,
	IndentationErrorType, TabErrorType, IncompleteInputErrorType, SystemErrorType, TypeErrorType,
	ValueErrorType, UnicodeErrorType, UnicodeDecodeErrorType, UnicodeEncodeErrorType,
	UnicodeTranslateErrorType, WarningType, BytesWarningType, DeprecationWarningType,
	EncodingWarningType, FutureWarningType, ImportWarningType, PendingDeprecationWarningType,
	ResourceWarningType, RuntimeWarningType, SyntaxWarningType, UnicodeWarningType,
	UserWarningType *Type
)

// ExceptionTypes lists the builtin exception classes by name (including
// the aliases EnvironmentError and IOError) for the builtins module.
var ExceptionTypes = map[string]*Type{}

func initExceptions() {
	mk := func(p **Type, name string, base *Type) *Type {
		t := &Type{}
		*p = t
		var s *Slots
		if base == nil {
			s = &Slots{New: excNew, Init: excInit, Str: excStr, Repr: excRepr,
				Dict: func(o Object) *Dict { return (*Exception)(o.p).Dict() }}
			initBuiltin(t, name, ObjectType, FlagBaseType|FlagExcSubclass, s)
		} else {
			initBuiltin(t, name, base, FlagBaseType, &Slots{})
		}
		if name != "_IncompleteInputError" {
			ExceptionTypes[name] = t
		}
		return t
	}
	be := mk(&BaseExceptionType, "BaseException", nil)
	be.Layout = be
	excGetSets(be)
	own := func(t *Type, fields ...string) {
		t.Layout = t
		fieldGetSets(t, fields)
	}
	own(mk(&BaseExceptionGroupType, "BaseExceptionGroup", be), "message", "exceptions")
	mk(&GeneratorExitType, "GeneratorExit", be)
	mk(&KeyboardInterruptType, "KeyboardInterrupt", be)
	own(mk(&SystemExitType, "SystemExit", be), "code")
	ex := mk(&ExceptionType, "Exception", be)
	ar := mk(&ArithmeticErrorType, "ArithmeticError", ex)
	mk(&FloatingPointErrorType, "FloatingPointError", ar)
	mk(&OverflowErrorType, "OverflowError", ar)
	mk(&ZeroDivisionErrorType, "ZeroDivisionError", ar)
	mk(&AssertionErrorType, "AssertionError", ex)
	own(mk(&AttributeErrorType, "AttributeError", ex), "name", "obj")
	mk(&BufferErrorType, "BufferError", ex)
	mk(&EOFErrorType, "EOFError", ex)
	eg := &Type{}
	ExceptionGroupType = eg
	initBuiltin(eg, "ExceptionGroup", BaseExceptionGroupType, FlagBaseType, &Slots{})
	eg.bases.Store(&[]*Type{BaseExceptionGroupType, ex})
	mro := []*Type{eg, BaseExceptionGroupType, ex, be, ObjectType}
	eg.mro.Store(&mro)
	ex.addSubclass(eg)
	ExceptionTypes["ExceptionGroup"] = eg
	ie := mk(&ImportErrorType, "ImportError", ex)
	own(ie, "msg", "name", "path", "name_from")
	mk(&ModuleNotFoundErrorType, "ModuleNotFoundError", ie)
	le := mk(&LookupErrorType, "LookupError", ex)
	mk(&IndexErrorType, "IndexError", le)
	mk(&KeyErrorType, "KeyError", le)
	mk(&MemoryErrorType, "MemoryError", ex)
	ne := mk(&NameErrorType, "NameError", ex)
	own(ne, "name")
	mk(&UnboundLocalErrorType, "UnboundLocalError", ne)
	ose := mk(&OSErrorType, "OSError", ex)
	own(ose, "errno", "strerror", "filename", "filename2", "characters_written")
	ExceptionTypes["EnvironmentError"] = ose
	ExceptionTypes["IOError"] = ose
	mk(&BlockingIOErrorType, "BlockingIOError", ose)
	mk(&ChildProcessErrorType, "ChildProcessError", ose)
	ce := mk(&ConnectionErrorType, "ConnectionError", ose)
	mk(&BrokenPipeErrorType, "BrokenPipeError", ce)
	mk(&ConnectionAbortedErrorType, "ConnectionAbortedError", ce)
	mk(&ConnectionRefusedErrorType, "ConnectionRefusedError", ce)
	mk(&ConnectionResetErrorType, "ConnectionResetError", ce)
	mk(&FileExistsErrorType, "FileExistsError", ose)
	mk(&FileNotFoundErrorType, "FileNotFoundError", ose)
	mk(&InterruptedErrorType, "InterruptedError", ose)
	mk(&IsADirectoryErrorType, "IsADirectoryError", ose)
	mk(&NotADirectoryErrorType, "NotADirectoryError", ose)
	mk(&PermissionErrorType, "PermissionError", ose)
	mk(&ProcessLookupErrorType, "ProcessLookupError", ose)
	mk(&TimeoutErrorType, "TimeoutError", ose)
	mk(&ReferenceErrorType, "ReferenceError", ex)
	re := mk(&RuntimeErrorType, "RuntimeError", ex)
	mk(&NotImplementedErrorType, "NotImplementedError", re)
	mk(&PythonFinalizationErrorType, "PythonFinalizationError", re)
	mk(&RecursionErrorType, "RecursionError", re)
	mk(&StopAsyncIterationType, "StopAsyncIteration", ex)
	own(mk(&StopIterationType, "StopIteration", ex), "value")
	se := mk(&SyntaxErrorType, "SyntaxError", ex)
	own(se, "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line", "_metadata")
	ind := mk(&IndentationErrorType, "IndentationError", se)
	mk(&TabErrorType, "TabError", ind)
	mk(&IncompleteInputErrorType, "_IncompleteInputError", se)
	mk(&SystemErrorType, "SystemError", ex)
	mk(&TypeErrorType, "TypeError", ex)
	ve := mk(&ValueErrorType, "ValueError", ex)
	ue := mk(&UnicodeErrorType, "UnicodeError", ve)
	own(ue, "encoding", "object", "start", "end", "reason")
	mk(&UnicodeDecodeErrorType, "UnicodeDecodeError", ue)
	mk(&UnicodeEncodeErrorType, "UnicodeEncodeError", ue)
	mk(&UnicodeTranslateErrorType, "UnicodeTranslateError", ue)
	w := mk(&WarningType, "Warning", ex)
	mk(&BytesWarningType, "BytesWarning", w)
	mk(&DeprecationWarningType, "DeprecationWarning", w)
	mk(&EncodingWarningType, "EncodingWarning", w)
	mk(&FutureWarningType, "FutureWarning", w)
	mk(&ImportWarningType, "ImportWarning", w)
	mk(&PendingDeprecationWarningType, "PendingDeprecationWarning", w)
	mk(&ResourceWarningType, "ResourceWarning", w)
	mk(&RuntimeWarningType, "RuntimeWarning", w)
	mk(&SyntaxWarningType, "SyntaxWarning", w)
	mk(&UnicodeWarningType, "UnicodeWarning", w)
	mk(&UserWarningType, "UserWarning", w)
}
