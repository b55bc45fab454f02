package vm

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/pygo/pygo/py"
)

// Module specs and loaders: plain objects with the attributes programs
// read (spec.name, .origin, .parent, .submodule_search_locations,
// .loader; loader.name, .path), so that __spec__ and __loader__ of
// imported modules are not None.

var (
	specTypesOnce                sync.Once
	moduleSpecType, fileLoaderTy *py.Type
	// initializing holds the modules whose code is running (circular
	// imports see them "partially initialized").
	initializing sync.Map // *Module -> bool
)

func specTypes() {
	specTypesOnce.Do(func() {
		mk := func(name string) *py.Type {
			d := py.NewDict()
			d.SetStr(py.Intern("__module__"), py.NewStrObj("_frozen_importlib"))
			typ, e := py.NewType(name, []*py.Type{py.ObjectType}, d)
			if e != nil {
				panic(e)
			}
			typ.Module = "_frozen_importlib"
			installSlots(typ)
			return typ
		}
		moduleSpecType = mk("ModuleSpec")
		fileLoaderTy = mk("SourceFileLoader")
		// get_source reads the module's file, the embedded library's
		// included: linecache uses it for files open() cannot read.
		py.AddMethod(fileLoaderTy, "get_source", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if len(args) != 1 || (kw != nil && kw.Len() > 0) {
				return nilObj, py.TypeError("get_source() takes exactly one argument (%d given)", len(args))
			}
			path, e := py.GetAttr(p, self, py.Intern("path"))
			if e != nil {
				return nilObj, e
			}
			ps, ok := py.AsStr(path)
			if !ok {
				return nilObj, py.TypeError("loader path must be a str")
			}
			b, err := readSource(ps.String())
			if err != nil {
				ie := py.Errorf(py.ImportErrorType, "source not available through get_data()")
				return nilObj, ie
			}
			return py.NewStrObj(string(b)), nil
		})
	})
}

func newAttrObject(typ *py.Type, attrs ...any) Object {
	o := newInstance(typ)
	d := (*Instance)(o.Ptr()).Dict()
	for i := 0; i+1 < len(attrs); i += 2 {
		d.SetStr(py.Intern(attrs[i].(string)), attrs[i+1].(Object))
	}
	return o
}

func strOrNone(s string, ok bool) Object {
	if !ok {
		return py.None
	}
	return py.NewStrObj(s)
}

// setModuleSpec gives m its __spec__ and __loader__: file is "" for a
// namespace package; locations is its __path__ (nil: not a package).
func setModuleSpec(m *Module, full, file string, locations Object) {
	specTypes()
	loader := py.None
	if file != "" {
		loader = newAttrObject(fileLoaderTy, "name", py.NewStrObj(full), "path", py.NewStrObj(file))
	}
	parent := full
	if locations.IsNil() {
		parent = ""
		if i := strings.LastIndexByte(full, '.'); i >= 0 {
			parent = full[:i]
		}
	}
	ssl := locations
	if ssl.IsNil() {
		ssl = py.None
	}
	spec := newAttrObject(moduleSpecType,
		"name", py.NewStrObj(full),
		"loader", loader,
		"origin", strOrNone(file, file != ""),
		"submodule_search_locations", ssl,
		"parent", py.NewStrObj(parent),
		"has_location", py.Bool(file != ""),
		"cached", py.None,
	)
	m.Dict.SetStr(py.Intern("__spec__"), spec)
	m.Dict.SetStr(py.Intern("__loader__"), loader)
}

// namespacePortions returns the directories named short in dirs: the
// portions of a namespace package when no regular module or package of
// that name was found.
func namespacePortions(dirs []string, short string) []string {
	var out []string
	for _, d := range dirs {
		p := filepath.Join(d, short)
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			out = append(out, p)
		}
	}
	return out
}

// loadNamespace creates namespace package full from its portions.
func (t *Thread) loadNamespace(full, short string, portions []string, parent Object) Object {
	m := NewModule(full)
	items := make([]Object, len(portions))
	for i, p := range portions {
		items[i] = py.NewStrObj(p)
	}
	path := py.NewList(items).Obj()
	m.Dict.SetStr(py.Intern("__path__"), path)
	m.Dict.SetStr(py.Intern("__package__"), py.NewStrObj(full))
	m.Dict.SetStr(py.Intern("__file__"), py.None)
	setModuleSpec(m, full, "", path)
	t.interp.Modules.SetStr(py.Intern(full), m.Obj())
	if pm := asModule(parent); pm != nil {
		pm.Dict.SetStr(py.Intern(short), m.Obj())
	}
	return m.Obj()
}

// moduleNew is module(name, doc=None) (types.ModuleType).
func moduleNew(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	npos := len(args) - kw.Len()
	var name, doc Object
	if npos > 0 {
		name = args[0]
	}
	if npos > 1 {
		doc = args[1]
	}
	if npos > 2 {
		return nilObj, py.TypeError("module() takes at most 2 arguments (%d given)", npos)
	}
	for i := 0; i < kw.Len(); i++ {
		k, _ := py.AsStr(kw.Items()[i])
		switch v := args[npos+i]; k.String() {
		case "name":
			name = v
		case "doc":
			doc = v
		default:
			return nilObj, py.TypeError("module() got an unexpected keyword argument '%s'", k.String())
		}
	}
	if name.IsNil() {
		return nilObj, py.TypeError("module() missing required argument 'name' (pos 1)")
	}
	ns, ok := py.AsStr(name)
	if !ok {
		return nilObj, py.TypeError("module() argument 'name' must be str, not %s", py.TypeName(name))
	}
	m := NewModule(ns.String())
	m.made = true
	if !doc.IsNil() {
		m.Dict.SetStr(py.Intern("__doc__"), doc)
	}
	if typ != ModuleType {
		m.Head.SetType(typ)
	}
	return m.Obj(), nil
}
