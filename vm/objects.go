// Package vm executes compiled bytecode (bytecode.Code): functions,
// frames, the register eval loop, generators, classes, imports and the
// builtins module.
package vm

import (
	"fmt"
	"math/big"
	"sync/atomic"
	"unsafe"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/syntax/ast"
)

type Object = py.Object

var nilObj Object

// ---------------------------------------------------------------- code

// Code is the runtime form of a bytecode.Code: constants converted to
// Python objects once, names interned. It is also the Python code object.
type Code struct {
	py.Head
	B        *bytecode.Code
	Consts   []Object
	Names    []*py.Str
	Name     *py.Str
	QualName *py.Str
	// cellParam[i] >= 0: register CellRegs[i] is a parameter cell.
	nparams   int // positional + kwonly (+1 *args, +1 **kw)
	simple    bool
	varnames  []*py.Str
	isGenLike bool
	globals   []atomic.Pointer[globalCache] // LOAD_GLOBAL caches, by name index (fastpath.go)
	attrs     []atomic.Pointer[attrCache]   // LOAD_ATTR/STORE_ATTR/LOAD_METHOD caches, by X slot
}

// CodeType is the type of code objects.
var CodeType *py.Type

func (c *Code) Obj() Object { return py.FromPtr(unsafe.Pointer(c)) }

// NewCode converts b (and its nested codes) into runtime code objects.
func NewCode(b *bytecode.Code) *Code {
	c := &Code{Head: py.MakeHead(CodeType), B: b}
	c.Name = py.Intern(b.Name)
	c.QualName = py.NewStr(b.QualName)
	c.Names = make([]*py.Str, len(b.Names))
	c.globals = newGlobalCaches(len(b.Names))
	c.attrs = newAttrCaches(b.NCaches)
	for i, n := range b.Names {
		c.Names[i] = py.Intern(n)
	}
	c.varnames = make([]*py.Str, len(b.VarNames))
	for i, n := range b.VarNames {
		c.varnames[i] = py.Intern(n)
	}
	c.nparams = b.ArgCount + b.KwOnlyArgCount
	if b.Flags&bytecode.Varargs != 0 {
		c.nparams++
	}
	if b.Flags&bytecode.Varkeywords != 0 {
		c.nparams++
	}
	c.simple = b.Flags&(bytecode.Varargs|bytecode.Varkeywords) == 0 && b.KwOnlyArgCount == 0
	c.isGenLike = b.Flags&(bytecode.Generator|bytecode.Coroutine|bytecode.AsyncGenerator) != 0
	c.Consts = make([]Object, len(b.Consts))
	for i, k := range b.Consts {
		c.Consts[i] = constObj(k)
	}
	return c
}

func constObj(k any) Object {
	switch v := k.(type) {
	case ast.NoneType:
		return py.None
	case ast.EllipsisType:
		return py.Ellipsis
	case bool:
		return py.Bool(v)
	case int64:
		return py.MakeInt(v)
	case *big.Int:
		return py.MakeIntBig(v)
	case float64:
		return py.NewFloat(v)
	case complex128:
		return py.NewComplex(v)
	case string:
		return py.NewStr(v).Obj()
	case ast.Bytes:
		return py.NewBytes([]byte(string(v))).Obj()
	case bytecode.Tuple:
		items := make([]Object, len(v))
		for i, x := range v {
			items[i] = constObj(x)
		}
		return py.NewTupleNoCopy(items).Obj()
	case bytecode.FrozenSet:
		items := make([]Object, len(v))
		for i, x := range v {
			items[i] = constObj(x)
		}
		s, exc := py.NewSet(nil, items, true)
		if exc != nil {
			return py.None
		}
		return s.Obj()
	case *bytecode.Code:
		return NewCode(v).Obj()
	}
	panic(fmt.Sprintf("vm: unknown constant %T", k))
}

// ---------------------------------------------------------------- function

// Function is a Python function object.
type Function struct {
	py.Head
	Code        *Code
	Globals     *py.Dict
	Builtins    *py.Dict
	Name        Object // str
	QualName    Object // str
	Doc         Object
	Module      Object
	Defaults    *py.Tuple // nil: none
	KwDefaults  *py.Dict  // nil: none
	Closure     *py.Tuple
	dict        atomic.Pointer[py.Dict]
	Annotations Object
	Annotate    Object
	TypeParams  Object
}

var FunctionType *py.Type

func (f *Function) Obj() Object { return py.FromPtr(unsafe.Pointer(f)) }

func (f *Function) Dict() *py.Dict {
	if d := f.dict.Load(); d != nil {
		return d
	}
	f.dict.CompareAndSwap(nil, py.NewDict())
	return f.dict.Load()
}

func asFunction(o Object) *Function {
	if o.IsNil() {
		return nil
	}
	if o.Type() == FunctionType {
		return (*Function)(o.Ptr())
	}
	return nil
}

// ---------------------------------------------------------------- cell

// Cell holds a variable shared by nested scopes.
type Cell struct {
	py.Head
	v Object
}

var CellType *py.Type

func newCell(v Object) *Cell { return &Cell{Head: py.MakeHead(CellType), v: v} }
func (c *Cell) Obj() Object  { return py.FromPtr(unsafe.Pointer(c)) }
func (c *Cell) Get() Object  { return py.LoadSlot(&c.v) }
func (c *Cell) Set(v Object) { py.StoreSlot(&c.v, v) }
func asCell(o Object) *Cell  { return (*Cell)(o.Ptr()) }
func isCell(o Object) bool   { return !o.IsNil() && o.Type() == CellType }
func cellOrNil(o Object) (*Cell, bool) {
	if isCell(o) {
		return asCell(o), true
	}
	return nil, false
}

// ---------------------------------------------------------------- method

// Method is a function bound to an instance.
type Method struct {
	py.Head
	Fn, Self Object
}

var MethodType *py.Type

func newMethod(fn, self Object) Object {
	return py.FromPtr(unsafe.Pointer(&Method{Head: py.MakeHead(MethodType), Fn: fn, Self: self}))
}

// ---------------------------------------------------------------- module

// Module is a module object: a namespace dict.
type Module struct {
	py.Head
	Dict *py.Dict
	// made is true for modules made by calling the module type (their
	// repr has no "(built-in)").
	made bool
}

var ModuleType *py.Type

func NewModule(name string) *Module {
	m := &Module{Head: py.MakeHead(ModuleType), Dict: py.NewDict()}
	m.Dict.SetStr(py.Intern("__name__"), py.NewStrObj(name))
	m.Dict.SetStr(py.Intern("__doc__"), py.None)
	m.Dict.SetStr(py.Intern("__package__"), py.None)
	m.Dict.SetStr(py.Intern("__loader__"), py.None)
	m.Dict.SetStr(py.Intern("__spec__"), py.None)
	return m
}

func (m *Module) Obj() Object { return py.FromPtr(unsafe.Pointer(m)) }

func asModule(o Object) *Module {
	if !o.IsNil() && o.Type().IsSubtype(ModuleType) {
		return (*Module)(o.Ptr())
	}
	return nil
}

// ---------------------------------------------------------------- instance

// Instance is an instance of a Python class whose layout is object's.
type Instance struct {
	py.Head
	dict atomic.Pointer[py.Dict]
	// slots holds the values of the class's __slots__ members (nil: unset),
	// indexed by the member descriptors; its length is fixed when the
	// instance is made (classInfo.nslots) and usually points just past the
	// Instance, in the same allocation (see newInstance). Elements are
	// loaded and stored atomically.
	slots []Object
}

func (o *Instance) Dict() *py.Dict {
	if d := o.dict.Load(); d != nil {
		return d
	}
	o.dict.CompareAndSwap(nil, py.NewInstanceDict())
	return o.dict.Load()
}

// ---------------------------------------------------------------- frame / traceback objects

// FrameObject is the Python-visible frame (f_code, f_lineno, f_back...).
type FrameObject struct {
	py.Head
	code    *Code
	globals *py.Dict
	locals  Object
	fr      *Frame // live record, nil once the frame finished
	lineno  int
	back    Object
	regs    []Object
}

var FrameType *py.Type

func (f *FrameObject) Obj() Object { return py.FromPtr(unsafe.Pointer(f)) }

// Traceback is a traceback entry.
type Traceback struct {
	py.Head
	Next   Object
	Frame  *FrameObject
	Lasti  int
	Lineno int
	Pc     int
}

func (t *Traceback) Obj() Object { return py.FromPtr(unsafe.Pointer(t)) }

func asTraceback(o Object) *Traceback {
	if o.IsNil() || o.IsNone() || o.Type() != py.TracebackType {
		return nil
	}
	return (*Traceback)(o.Ptr())
}

func newTypeS(name string, base *py.Type, s *py.Slots) *py.Type {
	t, exc := py.NewType(name, []*py.Type{base}, nil)
	if exc != nil {
		panic(exc)
	}
	t.Flags &^= py.FlagBaseType | py.FlagHeapType
	t.Flags |= py.FlagImmutable
	t.Module = "builtins"
	if s != nil {
		cur := *t.Slots()
		mergeSlots(&cur, s)
		t.SetSlots(&cur)
	}
	return t
}

// mergeSlots copies the non-nil slots of s onto d.
func mergeSlots(d, s *py.Slots) {
	if s.Repr != nil {
		d.Repr = s.Repr
	}
	if s.Str != nil {
		d.Str = s.Str
	}
	if s.Hash != nil {
		d.Hash = s.Hash
	}
	if s.Compare != nil {
		d.Compare = s.Compare
	}
	if s.Bool != nil {
		d.Bool = s.Bool
	}
	if s.Len != nil {
		d.Len = s.Len
	}
	if s.GetAttr != nil {
		d.GetAttr = s.GetAttr
	}
	if s.SetAttr != nil {
		d.SetAttr = s.SetAttr
	}
	if s.DescrGet != nil {
		d.DescrGet = s.DescrGet
	}
	if s.DescrSet != nil {
		d.DescrSet = s.DescrSet
	}
	if s.Dict != nil {
		d.Dict = s.Dict
	}
	if s.Call != nil {
		d.Call = s.Call
	}
	if s.Iter != nil {
		d.Iter = s.Iter
	}
	if s.Next != nil {
		d.Next = s.Next
	}
	if s.GetItem != nil {
		d.GetItem = s.GetItem
	}
	if s.SetItem != nil {
		d.SetItem = s.SetItem
	}
	if s.Contains != nil {
		d.Contains = s.Contains
	}
	if s.New != nil {
		d.New = s.New
	}
	if s.Init != nil {
		d.Init = s.Init
	}
}
