package compiler

import (
	"strings"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/symtable"
	"github.com/pygo/pygo/syntax/ast"
)

// mangle applies private name mangling (__x in class C is _C__x).
func mangle(private, name string) string {
	if private == "" || len(name) < 2 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if strings.HasSuffix(name, "__") || strings.IndexByte(name, '.') >= 0 {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

type nameKind uint8

const (
	nkName nameKind = iota
	nkFast
	nkDeref
	nkGlobal
)

// resolve says how the current unit reaches name (already mangled).
func (c *compiler) resolve(name string) nameKind {
	u := c.u
	if u.compFast[name] {
		return nkFast
	}
	if u.compDeref[name] {
		return nkDeref
	}
	if u.compGlobal[name] {
		return nkGlobal
	}
	if u.hidden[name] {
		// An inlined comprehension's own variable at module or class
		// level: a fast local whatever the unit's table says.
		return nkFast
	}
	if name == "__conditional_annotations__" {
		// The compiler's own variable: a cell of a class body (and free
		// in its __annotate__), a global of a module.
		if _, ok := u.cells[name]; ok && u.scope != skModule {
			return nkDeref
		}
		if u.fnLike {
			return nkGlobal
		}
		return nkName
	}
	var scope symtable.Scope
	if u.table != nil {
		if s, ok := u.table.Lookup(name); ok {
			scope = s.Scope
		}
	}
	switch scope {
	case symtable.Free, symtable.Cell:
		if _, ok := u.cells[name]; ok {
			return nkDeref
		}
	case symtable.Local:
		if u.fnLike || u.hidden[name] {
			return nkFast
		}
	case symtable.GlobalImplicit:
		if u.fnLike {
			return nkGlobal
		}
	case symtable.GlobalExplicit:
		return nkGlobal
	}
	if u.fnLike && scope == symtable.ScopeNone {
		return nkGlobal
	}
	return nkName
}

// loadName loads name into dst (it may instead return the register of a
// fast local holding it; see loadNameReg).
func (c *compiler) loadName(name string, dst int) {
	if name == "__debug__" {
		c.loadConst(c.opts.Optimize == 0, dst)
		return
	}
	n := mangle(c.u.private, name)
	switch c.resolve(n) {
	case nkFast:
		c.emit(bytecode.Move, dst, c.local(n), 0, 0)
	case nkDeref:
		cell := c.u.cells[n]
		switch {
		case c.u.isClass && !c.u.hidden[n]:
			m := c.mark()
			d := c.tmp()
			c.emit(bytecode.LoadLocals, d, 0, 0, 0)
			c.emit(bytecode.LoadFromDictOrDeref, dst, cell, d, 0)
			c.release(m)
		case c.u.table != nil && c.u.table.CanSeeClassScope:
			m := c.mark()
			d := c.tmp()
			c.emit(bytecode.LoadDeref, d, c.u.cells["__classdict__"], 0, 0)
			c.emit(bytecode.LoadFromDictOrDeref, dst, cell, d, 0)
			c.release(m)
		default:
			c.emit(bytecode.LoadDeref, dst, cell, 0, 0)
		}
	case nkGlobal:
		if c.u.table != nil && c.u.table.CanSeeClassScope {
			if cd, ok := c.u.cells["__classdict__"]; ok {
				m := c.mark()
				d := c.tmp()
				c.emit(bytecode.LoadDeref, d, cd, 0, 0)
				c.emit(bytecode.LoadFromDictOrGlobals, dst, c.nameIndex(n), d, 0)
				c.release(m)
				return
			}
		}
		c.emitCached(bytecode.LoadGlobal, dst, c.nameIndex(n), 0)
	default:
		c.emit(bytecode.LoadName, dst, c.nameIndex(n), 0, 0)
	}
}

// fastReg returns the register of name if it is a fast local, else -1.
func (c *compiler) fastReg(name string) int {
	if name == "__debug__" {
		return -1
	}
	n := mangle(c.u.private, name)
	if c.resolve(n) == nkFast {
		return c.local(n)
	}
	return -1
}

// storeName stores register src into name.
func (c *compiler) storeName(name string, src int) {
	n := mangle(c.u.private, name)
	switch c.resolve(n) {
	case nkFast:
		if r := c.local(n); r != src {
			c.emit(bytecode.Move, r, src, 0, 0)
		}
	case nkDeref:
		c.emit(bytecode.StoreDeref, src, c.u.cells[n], 0, 0)
	case nkGlobal:
		c.emit(bytecode.StoreGlobal, src, c.nameIndex(n), 0, 0)
	default:
		c.emit(bytecode.StoreName, src, c.nameIndex(n), 0, 0)
	}
}

func (c *compiler) deleteName(name string) {
	n := mangle(c.u.private, name)
	switch c.resolve(n) {
	case nkFast:
		c.emit(bytecode.DeleteFast, c.local(n), 0, 0, 0)
	case nkDeref:
		c.emit(bytecode.DeleteDeref, 0, c.u.cells[n], 0, 0)
	case nkGlobal:
		c.emit(bytecode.DeleteGlobal, 0, c.nameIndex(n), 0, 0)
	default:
		c.emit(bytecode.DeleteName, 0, c.nameIndex(n), 0, 0)
	}
}

// attrName mangles an attribute name.
func (c *compiler) attrName(n string) int { return c.nameIndex(mangle(c.u.private, n)) }

// noteStaticAttr records self.NAME = ... in a method for the class's
// __static_attributes__.
func (c *compiler) noteStaticAttr(a *ast.Attribute) {
	u := c.u
	if u.selfName == "" {
		return
	}
	if n, ok := a.Value.(*ast.Name); !ok || n.Id != u.selfName {
		return
	}
	for p := u.parent; p != nil; p = p.parent {
		if p.isClass {
			if p.static == nil {
				p.static = map[string]bool{}
			}
			p.static[a.Attr] = true
			return
		}
	}
}
