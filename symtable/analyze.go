package symtable

import "sort"

// The second pass: resolve the scope of every name.
//
// Each block is analysed with the sets its enclosing blocks pass down:
// bound (names bound in enclosing function-like blocks; nil for the
// module), global (names declared global further out) and typeParams
// (type parameters in scope). It reports back the names that are free in
// it or its children. A local name that a child needs is a cell. A child
// sees its own copies of the sets, so its changes never reach its parent.

// nameSet is a set of names; nil is the empty set, and every change is
// made to a set owned by the caller.
type nameSet map[string]struct{}

func (s nameSet) has(n string) bool {
	_, ok := s[n]
	return ok
}

func (s *nameSet) add(n string) {
	if *s == nil {
		*s = make(nameSet, 4)
	}
	(*s)[n] = struct{}{}
}

func (s nameSet) discard(n string) bool {
	if _, ok := s[n]; ok {
		delete(s, n)
		return true
	}
	return false
}

func (s *nameSet) union(o nameSet) {
	for n := range o {
		s.add(n)
	}
}

func (s nameSet) clone() nameSet {
	if len(s) == 0 {
		return nil
	}
	c := make(nameSet, len(s))
	for n := range s {
		c[n] = struct{}{}
	}
	return c
}

func analyze(b *builder) {
	a := &analyzer{b: b}
	var free, global, typeParams nameSet
	a.block(b.top, nil, &free, &global, &typeParams, nil, true)
}

type analyzer struct{ b *builder }

// errorAtDirective fails at the global/nonlocal statement that declared
// name in t.
func (a *analyzer) errorAtDirective(t *Table, name, msg string) {
	for _, d := range t.directives {
		if d.name == name {
			a.b.fail(msg, d.loc)
		}
	}
	a.b.fail(msg, t.Loc)
}

// name decides the scope of one symbol.
func (a *analyzer) name(t *Table, sym *Symbol, bound *nameSet, isModule bool, local, free, global, typeParams *nameSet, classEntry *Table) {
	name, flags := sym.Name, sym.Flags
	if flags&DefGlobal != 0 {
		if flags&DefNonlocal != 0 {
			a.errorAtDirective(t, name, "name '"+name+"' is nonlocal and global")
		}
		sym.Scope = GlobalExplicit
		global.add(name)
		if !isModule {
			bound.discard(name)
		}
		return
	}
	if flags&DefNonlocal != 0 {
		if isModule {
			a.errorAtDirective(t, name, "nonlocal declaration not allowed at module level")
		}
		if !bound.has(name) {
			a.errorAtDirective(t, name, "no binding for nonlocal '"+name+"' found")
		}
		if typeParams.has(name) {
			a.errorAtDirective(t, name, "nonlocal binding not allowed for type parameter '"+name+"'")
		}
		sym.Scope = Free
		free.add(name)
		return
	}
	if flags&DefBound != 0 {
		sym.Scope = Local
		local.add(name)
		global.discard(name)
		if flags&DefTypeParam != 0 {
			typeParams.add(name)
		} else {
			typeParams.discard(name)
		}
		return
	}
	// In an annotation or type scope directly in a class, a name the class
	// binds is looked up in the class namespace and then the globals, not
	// in an enclosing function.
	if classEntry != nil {
		cf := classEntry.flags(name)
		if cf&DefGlobal != 0 {
			sym.Scope = GlobalExplicit
			return
		}
		if cf&DefBound != 0 && cf&DefNonlocal == 0 {
			sym.Scope = GlobalImplicit
			return
		}
	}
	if !isModule && bound.has(name) {
		sym.Scope = Free
		free.add(name)
		return
	}
	sym.Scope = GlobalImplicit
}

// block analyses t. bound, global and typeParams belong to this call (the
// caller passes copies); free receives the names free in t and its
// children.
func (a *analyzer) block(t *Table, bound *nameSet, free, global, typeParams *nameSet, classEntry *Table, isModule bool) {
	var local, newGlobal, newFree, newBound, inlinedCells nameSet

	// A class's own bindings are invisible to its methods: what the class
	// passes down is fixed before its names are analysed.
	if t.Type == ClassBlock {
		newGlobal.union(*global)
		if !isModule {
			newBound.union(*bound)
		}
	}
	for i := range t.Symbols {
		a.name(t, &t.Symbols[i], bound, isModule, &local, free, global, typeParams, classEntry)
	}
	if t.Type != ClassBlock {
		if t.IsFunctionLike() {
			newBound.union(local)
		}
		if !isModule {
			newBound.union(*bound)
		}
		newGlobal.union(*global)
	} else {
		newBound.add("__class__")
		newBound.add("__classdict__")
		newBound.add("__conditional_annotations__")
	}

	anyInlined := false
	for _, c := range t.Children {
		var newClassEntry *Table
		if c.CanSeeClassScope {
			if t.Type == ClassBlock {
				newClassEntry = t
			} else if classEntry != nil {
				newClassEntry = classEntry
			}
		}
		// All comprehensions but generator expressions are inlined, except
		// in annotation scopes nested in classes.
		inline := c.Comprehension != NoComprehension && !c.Generator && !t.CanSeeClassScope
		cBound := newBound.clone()
		cGlobal := newGlobal.clone()
		cTypeParams := typeParams.clone()
		var childFree nameSet
		a.block(c, &cBound, &childFree, &cGlobal, &cTypeParams, newClassEntry, false)
		if inline {
			a.inlineComprehension(t, c, childFree, &inlinedCells)
			c.CompInlined = true
			anyInlined = true
		}
		newFree.union(childFree)
	}
	if anyInlined {
		// Splice the children of inlined comprehensions into our list.
		var kids []*Table
		for _, c := range t.Children {
			if c.CompInlined {
				kids = append(kids, c.Children...)
			} else {
				kids = append(kids, c)
			}
		}
		t.Children = kids
	}

	if t.IsFunctionLike() {
		// A local that a child needs is a cell.
		for i := range t.Symbols {
			s := &t.Symbols[i]
			if s.Scope != Local {
				continue
			}
			if newFree.has(s.Name) || inlinedCells.has(s.Name) {
				s.Scope = Cell
				newFree.discard(s.Name)
			}
		}
	} else if t.Type == ClassBlock {
		// These are provided by the class itself (as implicit cells of
		// the class body), never by an enclosing function.
		if newFree.discard("__class__") {
			t.NeedsClassClosure = true
		}
		if newFree.discard("__classdict__") {
			t.NeedsClassdict = true
		}
		if newFree.discard("__conditional_annotations__") {
			t.HasConditionalAnnotations = true
		}
	}
	a.updateSymbols(t, bound, isModule, newFree, inlinedCells, t.Type == ClassBlock || t.CanSeeClassScope)
	free.union(newFree)
}

// updateSymbols records the cells of inlined comprehensions and adds the
// names that children need free and that pass through t.
func (a *analyzer) updateSymbols(t *Table, bound *nameSet, isModule bool, newFree, inlinedCells nameSet, classFlag bool) {
	if len(inlinedCells) > 0 {
		for i := range t.Symbols {
			if inlinedCells.has(t.Symbols[i].Name) {
				t.Symbols[i].Flags |= DefCompCell
			}
		}
	}
	if len(newFree) == 0 {
		return
	}
	// CPython walks its free set in hash order; sort for determinism.
	names := make([]string, 0, len(newFree))
	for n := range newFree {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if i := t.lookup(n); i >= 0 {
			// A method's free variable with the same name as a class-level
			// name.
			if classFlag {
				t.Symbols[i].Flags |= DefFreeClass
			}
			continue
		}
		if !isModule && !bound.has(n) {
			continue // a global
		}
		t.add(n, 0, Free)
	}
}

// inlineComprehension merges the symbols of comprehension comp into its
// parent t (PEP 709).
func (a *analyzer) inlineComprehension(t, comp *Table, compFree nameSet, inlinedCells *nameSet) {
	removeDunderClass := false
	for _, s := range comp.Symbols {
		if s.Flags&DefParam != 0 {
			continue // the ".0" argument
		}
		scope := s.Scope
		if scope == Cell || s.Flags&DefCompCell != 0 {
			inlinedCells.add(s.Name)
		}
		i := t.lookup(s.Name)
		// __class__ is never free through a class scope.
		if scope == Free && t.Type == ClassBlock && s.Name == "__class__" {
			scope = GlobalImplicit
			compFree.discard(s.Name)
			removeDunderClass = true
		}
		if i < 0 {
			t.add(s.Name, s.Flags, scope)
			continue
		}
		if t.Symbols[i].Flags&DefBound != 0 && t.Type != ClassBlock {
			// A free name of the comprehension that is local to the
			// parent is now simply local, unless a child of the
			// comprehension needs it as a cell.
			if !isFreeInAnyChild(comp, s.Name) {
				compFree.discard(s.Name)
			}
		}
	}
	if removeDunderClass {
		comp.remove("__class__")
	}
}

func isFreeInAnyChild(t *Table, name string) bool {
	for _, c := range t.Children {
		if s, ok := c.Lookup(name); ok && s.Scope == Free {
			return true
		}
	}
	return false
}
