package vm

import (
	"sync"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/py"
)

// PEP 695 objects (TypeVar, ParamSpec, TypeVarTuple, TypeAliasType and the
// Generic base of generic classes) are plain Python classes, defined by
// the source below on first use; the type-parameter intrinsics call them.
const typeParamsSrc = `
class _NoDefaultType:
    def __repr__(self): return 'typing.NoDefault'
NoDefault = _NoDefaultType()

def _type_repr(t):
    if isinstance(t, type):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return f'{t.__module__}.{t.__qualname__}'
    if t is ...:
        return '...'
    return repr(t)

class _Lazy:
    def _lazy(self, slot, fn):
        object.__setattr__(self, slot, fn)
    def _force(self, slot, default):
        v = self.__dict__.get(slot, default)
        if callable(v) and slot in self.__dict__ and getattr(self, '_evaluated_' + slot, False) is False:
            v = v(1)
            object.__setattr__(self, slot, v)
            object.__setattr__(self, '_evaluated_' + slot, True)
        return v

class TypeVar(_Lazy):
    __module__ = 'typing'
    def __init__(self, name, *constraints, bound=None, default=NoDefault):
        self.__name__ = name
        self._bound = bound
        self._constraints = constraints
        self._default = default
        self._evaluated__bound = True
        self._evaluated__constraints = True
        self._evaluated__default = True
    @property
    def __bound__(self): return self._force('_bound', None)
    @property
    def __constraints__(self): return self._force('_constraints', ())
    @property
    def __default__(self): return self._force('_default', NoDefault)
    def has_default(self): return self.__default__ is not NoDefault
    def __repr__(self): return self.__name__
    def __or__(self, other): return _Union(self, other)
    def __ror__(self, other): return _Union(other, self)

class ParamSpec(TypeVar):
    __module__ = 'typing'
    def __repr__(self): return self.__name__

class TypeVarTuple(TypeVar):
    __module__ = 'typing'
    def __repr__(self): return self.__name__
    def __iter__(self): yield _Unpacked(self)

class _Unpacked:
    def __init__(self, tv): self.tv = tv
    def __repr__(self): return '*' + repr(self.tv)

class _Union:
    def __init__(self, *args): self.__args__ = args
    def __repr__(self): return ' | '.join(_type_repr(a) for a in self.__args__)

class _GenericAlias:
    def __init__(self, origin, args, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
    def __repr__(self):
        name = self._name if self._name is not None else _type_repr(self.__origin__)
        if not self.__args__:
            return f'{name}[()]'
        return name + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'
    def __call__(self, *args, **kw):
        return self.__origin__(*args, **kw)
    def __mro_entries__(self, bases):
        return (self.__origin__,)
    def __eq__(self, other):
        return isinstance(other, _GenericAlias) and (self.__origin__, self.__args__) == (other.__origin__, other.__args__)
    def __hash__(self): return hash((self.__origin__, self.__args__))
    def __getattr__(self, name):
        if name in ('__origin__', '__args__', '__parameters__', '__mro_entries__', '__reduce__',
                    '__reduce_ex__', '__copy__', '__deepcopy__', '__unpacked__', '_name'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

class Generic:
    __module__ = 'typing'
    __slots__ = ()
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic:
            return _GenericAlias(Generic, params, 'typing.Generic')
        return _GenericAlias(cls, params)
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        params = []
        for b in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(b, _GenericAlias):
                for a in b.__args__:
                    if isinstance(a, TypeVar) and a not in params:
                        params.append(a)
        cls.__parameters__ = tuple(params)

class TypeAliasType(_Lazy):
    __module__ = 'typing'
    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__qualname__ = name
        self.__type_params__ = type_params
        self._value = value
        self._evaluated__value = True
    @property
    def __value__(self): return self._force('_value', None)
    @property
    def __parameters__(self): return self.__type_params__
    def __repr__(self): return self.__name__
    def __getitem__(self, args): return _GenericAlias(self, args, self.__name__)
    def __call__(self, *a, **k):
        raise TypeError("'typing.TypeAliasType' object is not callable")
    def __setattr__(self, name, value):
        if name == '__value__' or (name in ('__name__', '__type_params__', '__module__') and name in self.__dict__):
            raise AttributeError(f"readonly attribute")
        object.__setattr__(self, name, value)

def _lazy_typevar(cls, name, fn, slot):
    tv = cls(name)
    object.__setattr__(tv, slot, fn)
    object.__setattr__(tv, '_evaluated_' + slot, False)
    return tv

def _alias(name, params, fn, module):
    a = TypeAliasType(name, None, type_params=params or ())
    object.__setattr__(a, '_value', fn)
    object.__setattr__(a, '_evaluated__value', False)
    object.__setattr__(a, '__module__', module)
    return a

def _set_default(tv, fn):
    object.__setattr__(tv, '_default', fn)
    object.__setattr__(tv, '_evaluated__default', False)
    return tv
`

var (
	typeParamsOnce sync.Once
	typeParamsNS   *py.Dict
	typeParamsErr  *py.Exception
)

func (t *Thread) typeParamsHelper(name string) (Object, *py.Exception) {
	typeParamsOnce.Do(func() {
		code, e := compileSource([]byte(typeParamsSrc), "<typing>", "exec", 0)
		if e != nil {
			typeParamsErr = e
			return
		}
		m := NewModule("typing")
		m.Dict.SetStr(py.Intern("__builtins__"), t.interp.Builtins.Obj())
		if _, e := t.runCode(NewCode(code), m.Dict, nilObj); e != nil {
			typeParamsErr = e
			return
		}
		typeParamsNS = m.Dict
	})
	if typeParamsErr != nil {
		return nilObj, typeParamsErr
	}
	return typeParamsNS.GetStr(py.Intern(name)), nil
}

func (t *Thread) callTypeHelper(name string, args ...Object) (Object, *py.Exception) {
	f, e := t.typeParamsHelper(name)
	if e != nil {
		return nilObj, e
	}
	return t.callObject(f, args, nil)
}

// typeIntrinsic1 handles the one-operand type-parameter intrinsics.
func (t *Thread) typeIntrinsic1(fr *Frame, which int, x Object) (Object, *py.Exception) {
	switch which {
	case bytecode.IntrinsicTypeVar:
		return t.callTypeHelper("TypeVar", x)
	case bytecode.IntrinsicParamSpec:
		return t.callTypeHelper("ParamSpec", x)
	case bytecode.IntrinsicTypeVarTuple:
		return t.callTypeHelper("TypeVarTuple", x)
	case bytecode.IntrinsicSubscriptGeneric:
		g, e := t.typeParamsHelper("Generic")
		if e != nil {
			return nilObj, e
		}
		return py.GetItem(t.P, g, x)
	case bytecode.IntrinsicTypeAlias:
		// (name, type_params, compute_value)
		tu, ok := py.AsTuple(x)
		if !ok || tu.Len() != 3 {
			return x, nil
		}
		mod := fr.globals.GetStr(py.Intern("__name__"))
		if mod.IsNil() {
			mod = py.None
		}
		return t.callTypeHelper("_alias", tu.Items()[0], tu.Items()[1], tu.Items()[2], mod)
	}
	return nilObj, py.SystemError("unknown intrinsic %d", which)
}

// typeIntrinsic2 handles the two-operand ones.
func (t *Thread) typeIntrinsic2(which int, x, y Object) (Object, *py.Exception) {
	switch which {
	case bytecode.IntrinsicTypeVarWithBound:
		cls, e := t.typeParamsHelper("TypeVar")
		if e != nil {
			return nilObj, e
		}
		return t.callTypeHelper("_lazy_typevar", cls, x, y, py.NewStrObj("_bound"))
	case bytecode.IntrinsicTypeVarWithConstraints:
		cls, e := t.typeParamsHelper("TypeVar")
		if e != nil {
			return nilObj, e
		}
		return t.callTypeHelper("_lazy_typevar", cls, x, y, py.NewStrObj("_constraints"))
	case bytecode.IntrinsicSetTypeParamDefault:
		return t.callTypeHelper("_set_default", x, y)
	}
	return nilObj, py.SystemError("unknown intrinsic %d", which)
}

// initClassGetItem gives type its __class_getitem__ (type[int]); py
// gives the containers theirs.
func initClassGetItem() {
	if py.TypeType.Dict.GetStr(py.Intern("__class_getitem__")).IsNil() {
		py.AddClassGetItem(py.TypeType)
	}
	// type.__prepare__(name, bases, **kwds): a new empty namespace.
	if py.TypeType.Dict.GetStr(py.Intern("__prepare__")).IsNil() {
		prep := py.NewBuiltin("__prepare__", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			return py.NewDict().Obj(), nil
		})
		py.TypeType.Dict.SetStr(py.Intern("__prepare__"), newClassMethod(prep.Obj()))
		py.TypeType.Modified()
	}
}
