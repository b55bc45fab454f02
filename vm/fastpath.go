package vm

import (
	"math"
	"math/bits"
	"sync/atomic"
	"unsafe"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/py"
)

// Fast paths of the eval loop: operations on exact builtin operands that
// need no slot dispatch, and the global-name caches. Every fast path either
// produces exactly what the generic operation would, or reports !ok and
// lets the generic path run (errors are always left to it). Operands may be
// nil (an unbound local): fast paths must reject them, and the generic path
// raises the UnboundLocalError (eval.go, lazyReads).

// binaryFast computes x op y for small ints and exact floats.
func binaryFast(p *py.Thread, op py.BinOp, x, y Object) (Object, bool) {
	if i, ok := x.Small(); ok {
		if j, ok := y.Small(); ok {
			return smallBinary(op, i, j)
		}
		if fy, ok := py.ExactFloat(y); ok {
			return floatBinary(p, op, float64(i), fy) // |i| < 2^39: exact
		}
		if j, ok := py.ExactInt64(y); ok {
			return int64Binary(op, i, j)
		}
		return nilObj, false
	}
	if fx, ok := py.ExactFloat(x); ok {
		if fy, ok := py.ExactFloat(y); ok {
			return floatBinary(p, op, fx, fy)
		}
		if j, ok := y.Small(); ok {
			return floatBinary(p, op, fx, float64(j))
		}
		return nilObj, false
	}
	if i, ok := py.ExactInt64(x); ok {
		if j, ok := py.ExactInt64(y); ok {
			return int64Binary(op, i, j)
		}
		return nilObj, false
	}
	if op == py.OpAdd && !x.IsNil() && !y.IsNil() && x.Type() == py.StrType && y.Type() == py.StrType {
		return py.StrConcat(p, x, y), true
	}
	return nilObj, false
}

// int64Binary computes i op j for exact ints that fit a machine word (at
// least one beyond the small range), when the result fits one too.
func int64Binary(op py.BinOp, i, j int64) (Object, bool) {
	switch op {
	case py.OpAdd:
		if r := i + j; (r > i) == (j > 0) {
			return py.MakeInt(r), true
		}
	case py.OpSub:
		if r := i - j; (r < i) == (j > 0) {
			return py.MakeInt(r), true
		}
	case py.OpMul:
		if hi, lo := bits.Mul64(uint64(absInt(i)), uint64(absInt(j))); hi == 0 && lo < 1<<63 && i != math.MinInt64 && j != math.MinInt64 {
			if (i < 0) != (j < 0) {
				return py.MakeInt(-int64(lo)), true
			}
			return py.MakeInt(int64(lo)), true
		}
	case py.OpFloorDiv, py.OpMod:
		if j == 0 || (i == math.MinInt64 && j == -1) {
			break
		}
		q, r := i/j, i%j
		if r != 0 && (r < 0) != (j < 0) {
			q--
			r += j
		}
		if op == py.OpMod {
			return py.MakeInt(r), true
		}
		return py.MakeInt(q), true
	case py.OpAnd:
		return py.MakeInt(i & j), true
	case py.OpOr:
		return py.MakeInt(i | j), true
	case py.OpXor:
		return py.MakeInt(i ^ j), true
	}
	return nilObj, false
}

func absInt(i int64) int64 {
	if i < 0 {
		return -i
	}
	return i
}

// freshFloat returns a float box holding r for the result of the binary
// operator in: the box of operand B or C when the op is flagged FreshB or
// FreshC and that operand is the box the fast path made last, in that very
// register (so nothing else can hold it: the compiler guarantees that the
// flagged register was written by the op just before and is read only
// here, and every slow path of the binary operators clears FreshSlot),
// else a new box. It records the box; the caller records the slot.
func freshFloat(p *py.Thread, in bytecode.Instr, regs []Object, b, c int, r float64) Object {
	if fl := in >> 56; fl != 0 {
		if fl&bytecode.FreshB != 0 && p.FreshSlot == uintptr(unsafe.Pointer(&regs[b])) && p.FreshBox == uintptr(regs[b].Ptr()) {
			py.SetFreshFloat(regs[b], r)
			return regs[b]
		}
		if fl&bytecode.FreshC != 0 && p.FreshSlot == uintptr(unsafe.Pointer(&regs[c])) && p.FreshBox == uintptr(regs[c].Ptr()) {
			py.SetFreshFloat(regs[c], r)
			return regs[c]
		}
	}
	v := p.NewFloat(r)
	p.FreshBox = uintptr(v.Ptr())
	return v
}

// smallBinary: |i|, |j| < 2^39, so sums and differences fit and results
// beyond the small range are boxed by MakeInt.
func smallBinary(op py.BinOp, i, j int64) (Object, bool) {
	switch op {
	case py.OpAdd:
		return py.MakeInt(i + j), true
	case py.OpSub:
		return py.MakeInt(i - j), true
	case py.OpMul:
		const lim = 1 << 31
		if -lim < i && i < lim && -lim < j && j < lim {
			return py.MakeInt(i * j), true
		}
	case py.OpFloorDiv:
		if j != 0 {
			q := i / j
			if i%j != 0 && (i < 0) != (j < 0) {
				q--
			}
			return py.MakeInt(q), true
		}
	case py.OpMod:
		if j != 0 {
			r := i % j
			if r != 0 && (r < 0) != (j < 0) {
				r += j
			}
			return py.MakeInt(r), true
		}
	case py.OpAnd:
		return py.MakeInt(i & j), true
	case py.OpOr:
		return py.MakeInt(i | j), true
	case py.OpXor:
		return py.MakeInt(i ^ j), true
	case py.OpRShift:
		if j >= 0 {
			return py.MakeInt(i >> min(j, 63)), true
		}
	case py.OpLShift:
		if j >= 0 && j < 24 {
			return py.MakeInt(i << j), true // |i| < 2^39: fits in int64
		}
	}
	return nilObj, false
}

// floatBinary: IEEE arithmetic is exactly Python's for + - * and for / by a
// non-zero divisor (overflow gives inf, as in CPython).
func floatBinary(p *py.Thread, op py.BinOp, a, b float64) (Object, bool) {
	var r float64
	switch op {
	case py.OpAdd:
		r = a + b
	case py.OpSub:
		r = a - b
	case py.OpMul:
		r = a * b
	case py.OpTrueDiv:
		if b == 0 {
			return nilObj, false
		}
		r = a / b
	case py.OpPow:
		// The exponents with an exact cheap form; x**2 may overflow,
		// which raises OverflowError on the generic path.
		switch {
		case b == 2 && !math.IsInf(a*a, 0):
			r = a * a
		case b == 0.5 && a > 0:
			r = math.Sqrt(a) // correctly rounded, as pow is for this case
		default:
			return nilObj, false
		}
	default:
		return nilObj, false
	}
	return p.NewFloat(r), true
}

// compareFast evaluates a comparison of two small ints or two exact floats.
func compareFast(op py.CmpOp, x, y Object) (res, ok bool) {
	var a, b float64
	if i, ok := x.Small(); ok {
		if j, ok := y.Small(); ok {
			switch op {
			case py.Lt:
				return i < j, true
			case py.Le:
				return i <= j, true
			case py.Eq:
				return i == j, true
			case py.Ne:
				return i != j, true
			case py.Gt:
				return i > j, true
			default:
				return i >= j, true
			}
		}
		return false, false
	}
	a, ok = py.ExactFloat(x)
	if !ok {
		return false, false
	}
	if b, ok = py.ExactFloat(y); !ok {
		return false, false
	}
	switch op {
	case py.Lt:
		return a < b, true
	case py.Le:
		return a <= b, true
	case py.Eq:
		return a == b, true
	case py.Ne:
		return a != b, true
	case py.Gt:
		return a > b, true
	default:
		return a >= b, true
	}
}

// ---------------------------------------------------------------- globals

// globalCache remembers where LOAD_GLOBAL found a name: an entry of the
// globals dict, or of the builtins dict while the name is absent from the
// globals (no key inserted there since: KeysVersion). Entries are immutable
// and published through one atomic pointer per name of the code object, so
// threads sharing the code never see a torn entry; a stale entry only
// misses (RefValue returns nil once the dict changed generation or the
// entry was deleted).
type globalCache struct {
	globals, builtins *py.Dict
	ref               py.DictRef
	gkver             uint64
	inBuiltins        bool
}

// cachedGlobal returns the cached value of global name i, or nil.
func (c *Code) cachedGlobal(fr *Frame, i int) Object {
	if i >= len(c.globals) {
		return nilObj
	}
	e := c.globals[i].Load()
	if e == nil || e.globals != fr.globals {
		return nilObj
	}
	if !e.inBuiltins {
		return e.globals.RefValue(e.ref)
	}
	if e.builtins != fr.builtins || fr.globals.KeysVersion() != e.gkver {
		return nilObj
	}
	return e.builtins.RefValue(e.ref)
}

// fillGlobal caches where global name i lives now (after a slow lookup).
func (c *Code) fillGlobal(fr *Frame, i int) {
	if i >= len(c.globals) || fr.builtins == nil {
		return
	}
	name := c.Names[i]
	ref, gkver, ok := fr.globals.StrRef(name)
	if !ok {
		return
	}
	e := &globalCache{globals: fr.globals, builtins: fr.builtins, ref: ref, gkver: gkver}
	if fr.globals.RefValue(ref).IsNil() {
		bref, _, ok := fr.builtins.StrRef(name)
		if !ok || fr.builtins.RefValue(bref).IsNil() {
			return
		}
		e.ref, e.inBuiltins = bref, true
	}
	c.globals[i].Store(e)
}

// newGlobalCaches makes the per-name cache slots of a code object.
func newGlobalCaches(n int) []atomic.Pointer[globalCache] {
	if n == 0 {
		return nil
	}
	return make([]atomic.Pointer[globalCache], n)
}

// ---------------------------------------------------------------- attributes

// plainInstanceDict returns o's instance dict when o is an instance of a
// Python class with object's attribute semantics (no __getattribute__,
// __getattr__ or __setattr__ of its own), else nil.
func plainInstanceDict(o Object, typ *py.Type, set bool) *py.Dict {
	ci, ok := typ.VM.(*classInfo)
	if !ok || ci.customGetAttr {
		return nil
	}
	sl := typ.Slots()
	if set && !py.IsGenericSetAttr(sl.SetAttr) || !set && !py.IsGenericGetAttr(sl.GetAttr) || sl.Dict == nil {
		return nil
	}
	return sl.Dict(o)
}

// loadAttrFast is o.name for an attribute in the instance dict of a plain
// Python-class instance, or a class attribute that is no descriptor; nil
// means "use the generic path" (descriptors, methods, misses, errors).
func loadAttrFast(o Object, name *py.Str) Object {
	if o.IsNil() {
		return nilObj
	}
	typ := o.Type()
	d := plainInstanceDict(o, typ, false)
	if d == nil {
		return nilObj
	}
	attr := typ.Lookup(name)
	if attr.IsNil() {
		return d.GetStr(name)
	}
	if get := attr.Type().Slots().DescrGet; get != nil {
		return nilObj // descriptor (function, property...): generic binding
	}
	if v := d.GetStr(name); !v.IsNil() {
		return v
	}
	return attr
}

// storeAttrFast is o.name = v into a plain Python-class instance's dict
// (no data descriptor of that name on the class); false: generic path.
func storeAttrFast(o Object, name *py.Str, v Object) bool {
	if o.IsNil() || v.IsNil() {
		return false
	}
	typ := o.Type()
	d := plainInstanceDict(o, typ, true)
	if d == nil {
		return false
	}
	if attr := typ.Lookup(name); !attr.IsNil() && attr.Type().Slots().DescrSet != nil {
		return false
	}
	d.SetStr(name, v)
	return true
}

// ---------------------------------------------------------------- subscripts

// getItemFast is x[k] for an exact list or tuple and an in-range small int,
// or an exact dict and a present str key; nil: generic path.
func getItemFast(x, k Object) Object {
	if x.IsNil() || k.IsNil() {
		return nilObj
	}
	switch x.Type() {
	case py.ListType:
		if i, ok := k.Small(); ok {
			l, _ := py.AsList(x)
			if i < 0 {
				i += int64(l.Len())
			}
			if v, ok := l.Get(int(i)); ok && i >= 0 {
				return v
			}
		}
	case py.TupleType:
		if i, ok := k.Small(); ok {
			tu, _ := py.AsTuple(x)
			items := tu.Items()
			if i < 0 {
				i += int64(len(items))
			}
			if i >= 0 && i < int64(len(items)) {
				return items[i]
			}
		}
	case py.DictType:
		if k.Type() == py.StrType {
			d, _ := py.AsDict(x)
			s, _ := py.AsStr(k)
			return d.GetStr(s)
		}
	}
	return nilObj
}

// setItemFast is x[k] = v for an exact list and an in-range small int.
func setItemFast(x, k, v Object) bool {
	if x.IsNil() || v.IsNil() || x.Type() != py.ListType {
		return false
	}
	i, ok := k.Small()
	if !ok {
		return false
	}
	l, _ := py.AsList(x)
	if i < 0 {
		i += int64(l.Len())
	}
	return i >= 0 && i <= int64(^uint32(0)>>1) && l.Set(int(i), v)
}

// ---------------------------------------------------------------- class calls

var strInit = py.Intern("__init__")

var instanceNewFn = funcPtr(instanceNew)

func funcPtr(f func(*py.Thread, *py.Type, []Object, *py.Tuple) (Object, *py.Exception)) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&f))
}

// classInit reports whether calling callee is type.__call__ on a plain
// Python class — object's __new__ (instanceNew), no metaclass, and an
// __init__ that is an ordinary Python function — and returns that __init__.
// The eval loop then does what typeCall would: make the instance, run
// __init__ with it as self in a frame of its own loop, check that __init__
// returned None and produce the instance (Frame.initSelf).
func (t *Thread) classInit(callee Object) *Function {
	if callee.IsNil() || callee.Type() != py.TypeType {
		return nil
	}
	ty := py.AsType(callee)
	if _, ok := ty.VM.(*classInfo); !ok {
		return nil
	}
	if sl := ty.Slots(); sl.New == nil || funcPtr(sl.New) != instanceNewFn {
		return nil
	}
	fn := asFunction(ty.Lookup(strInit))
	if fn == nil || fn.Code.isGenLike {
		return nil
	}
	return fn
}

// ---------------------------------------------------------------- attribute inline caches

// attrCache is the inline cache of one LOAD_ATTR, STORE_ATTR or LOAD_METHOD
// site (the instruction's X slot): valid while the operand's type is typ
// and typ's version tag is still version (the version changes with any
// change to the class, its bases' dicts, its slots or its MRO, so
// everything derived from the type stays true). Entries are immutable and
// published through one atomic pointer: threads sharing the code see
// either a whole old entry or a whole new one.
type attrCache struct {
	typ     *py.Type
	version uint32
	// ix is the entry index of the name in the instance dicts seen (a hint
	// for Dict.StrAt; -1: unknown). LOAD_METHOD: ix >= 0 means instances
	// have dicts that must not shadow the method.
	ix int32
	// class: LOAD_ATTR, a class attribute that is no descriptor (returned
	// when the instance dict lacks the name); LOAD_METHOD, the method.
	class Object
	// inst: instances of typ are Instance records (instanceRecords).
	inst bool
}

func newAttrCaches(n int) []atomic.Pointer[attrCache] {
	if n == 0 {
		return nil
	}
	return make([]atomic.Pointer[attrCache], n)
}

// instDict returns the instance dict of o for a type whose cache entry
// is valid (nil if the slots changed under us: use the generic path).
func instDict(typ *py.Type, o Object) *py.Dict {
	if df := typ.Slots().Dict; df != nil {
		return df(o)
	}
	return nil
}

// dictOf is instDict for a valid cache entry: for a class whose instances
// are Instance records (e.inst) it reads the dict pointer directly.
func (e *attrCache) dictOf(typ *py.Type, o Object) *py.Dict {
	if e.inst {
		if d := (*Instance)(o.Ptr()).dict.Load(); d != nil {
			return d
		}
	}
	return instDict(typ, o)
}

// instanceRecords reports whether typ's instances are Instance records
// (made by instanceNew), so that their dict can be read directly.
func instanceRecords(typ *py.Type) bool {
	_, ok := typ.VM.(*classInfo)
	return ok && typ.Layout == py.ObjectType && typ.Slots().New != nil && funcPtr(typ.Slots().New) == instanceNewFn
}

// loadAttrCached is LOAD_ATTR's fast path (x: the cache slot); nil means
// "use the generic path".
func (c *Code) loadAttrCached(o Object, x int, name *py.Str) Object {
	if x == 0 || x > len(c.attrs) || o.IsNil() {
		return loadAttrFast(o, name)
	}
	typ := o.Type()
	slot := &c.attrs[x-1]
	if e := slot.Load(); e != nil && e.typ == typ && e.version == typ.Version.Load() {
		d := e.dictOf(typ, o)
		if d == nil {
			return nilObj
		}
		if v := d.StrAt(e.ix, name); !v.IsNil() {
			return v
		}
		if !d.MayHaveStr(name) {
			// fall through to the class attribute
		} else if v := d.GetStr(name); !v.IsNil() {
			if e.ix < 0 {
				if ix := d.StrIndex(name); ix >= 0 {
					slot.Store(&attrCache{typ: typ, version: e.version, ix: ix, class: e.class, inst: e.inst})
				}
			}
			return v
		}
		if !e.class.IsNil() && e.class.Type().Slots().DescrGet != nil {
			return nilObj // the attribute's own type gained a __get__ since
		}
		return e.class
	}
	ver := typ.Version.Load() // before anything is derived from the type
	d := plainInstanceDict(o, typ, false)
	if d == nil {
		return nilObj
	}
	var class Object
	if attr := typ.Lookup(name); !attr.IsNil() {
		if attr.Type().Slots().DescrGet != nil {
			return nilObj // descriptors bind: generic path
		}
		class = attr
	}
	if ver != 0 {
		slot.Store(&attrCache{typ: typ, version: ver, ix: d.StrIndex(name), class: class, inst: instanceRecords(typ)})
	}
	if v := d.GetStr(name); !v.IsNil() {
		return v
	}
	return class
}

// storeAttrCached is STORE_ATTR's fast path; false: generic path.
func (c *Code) storeAttrCached(o Object, x int, name *py.Str, v Object) bool {
	if x == 0 || x > len(c.attrs) {
		return storeAttrFast(o, name, v)
	}
	if v.IsNil() || o.IsNil() {
		return false
	}
	typ := o.Type()
	slot := &c.attrs[x-1]
	if e := slot.Load(); e != nil && e.typ == typ && e.version == typ.Version.Load() {
		d := e.dictOf(typ, o)
		if d == nil {
			return false
		}
		if !d.SetStrAt(e.ix, name, v) {
			d.SetStr(name, v)
		}
		return true
	}
	ver := typ.Version.Load()
	d := plainInstanceDict(o, typ, true)
	if d == nil {
		return false
	}
	if attr := typ.Lookup(name); !attr.IsNil() && attr.Type().Slots().DescrSet != nil {
		return false // data descriptor (property, slot): generic path
	}
	d.SetStr(name, v)
	if ver != 0 {
		slot.Store(&attrCache{typ: typ, version: ver, ix: d.StrIndex(name), inst: instanceRecords(typ)})
	}
	return true
}

// loadMethodCached is LOAD_METHOD's fast path for a Python function or
// builtin method descriptor found on the type and not shadowed by the
// instance dict: it returns the unbound method and self. ok=false: use
// loadMethod.
func (t *Thread) loadMethodCached(c *Code, obj Object, x int, name *py.Str) (m, self Object, ok bool) {
	if obj.IsNil() {
		return nilObj, nilObj, false
	}
	typ := obj.Type()
	slot := &c.attrs[x-1]
	e := slot.Load()
	if e == nil || e.typ != typ || e.version != typ.Version.Load() {
		ver := typ.Version.Load()
		if ver == 0 || !isGenericGetAttr(typ) {
			return nilObj, nilObj, false
		}
		attr := typ.Lookup(name)
		if attr.IsNil() {
			return nilObj, nilObj, false
		}
		if at := attr.Type(); at != FunctionType && at != py.MethodDescrType {
			return nilObj, nilObj, false
		}
		e = &attrCache{typ: typ, version: ver, ix: -1, class: attr, inst: instanceRecords(typ)}
		if typ.Slots().Dict != nil {
			e.ix = 0
		}
		slot.Store(e)
	}
	if e.ix >= 0 {
		if d := e.dictOf(typ, obj); d != nil && d.MayHaveStr(name) && !d.GetStr(name).IsNil() {
			return nilObj, nilObj, false // shadowed by the instance
		}
	}
	return e.class, obj, true
}
