package micro

import "sync/atomic"

// Shape is a shared-key layout (CPython's split-dict keys / a hidden class):
// instances created the same way share one Shape, and their attribute values
// live in a per-instance slot array indexed by the shape.
type Shape struct {
	id    uint32
	names []*Str
	index map[*Str]int // interned names
	next  map[*Str]*Shape
}

var shapeIDs uint32 // real code: atomic, under the type's lock

func NewShape() *Shape { return &Shape{index: map[*Str]int{}, next: map[*Str]*Shape{}} }

func (s *Shape) With(name *Str) *Shape {
	if n, ok := s.next[name]; ok {
		return n
	}
	shapeIDs++
	n := &Shape{id: shapeIDs, names: append(append([]*Str(nil), s.names...), name), index: map[*Str]int{}, next: map[*Str]*Shape{}}
	for i, nm := range n.names {
		n.index[nm] = i
	}
	s.next[name] = n
	return n
}

// UserType is a class with a version tag that changes on any modification
// of its dict or of any class in its MRO.
type UserType struct {
	Type
	dict map[*Str]Object
	mro  []*UserType
}

// Instance with a shape and slot values.
type Instance struct {
	typ    *UserType
	shape  *Shape
	values []Object
}

// MapInstance keeps its attributes in a Go map (the gpython-style layout).
type MapInstance struct {
	typ  *UserType
	dict map[string]Object
}

// Inline caches live in the shared code object and are read and refilled by
// every thread running it, so an entry must never be observed half-written.
// Two race-clean encodings are measured:
//   - AttrCache: an immutable entry published through one atomic pointer
//     (a miss allocates a new entry);
//   - PackedAttrCache: type version, shape id and slot index packed into one
//     atomically loaded uint64 (no allocation; ids must fit the bit widths).

type attrEntry struct {
	version uint32
	shape   *Shape
	index   int
}

type AttrCache struct{ e atomic.Pointer[attrEntry] }

func (c *AttrCache) Load(o *Instance, name *Str) (Object, bool) {
	if e := c.e.Load(); e != nil && o.typ.Version == e.version && o.shape == e.shape {
		return slotLoad(&o.values[e.index]), true
	}
	return c.miss(o, name)
}

func (c *AttrCache) miss(o *Instance, name *Str) (Object, bool) {
	// Real code would first look for a data descriptor along the MRO.
	i, ok := o.shape.index[name]
	if !ok {
		return Object{}, false
	}
	c.e.Store(&attrEntry{o.typ.Version, o.shape, i})
	return slotLoad(&o.values[i]), true
}

type PackedAttrCache struct{ w atomic.Uint64 } // version<<32 | shapeID<<12 | index

func (c *PackedAttrCache) Load(o *Instance, name *Str) (Object, bool) {
	w := c.w.Load()
	if w != 0 && uint32(w>>32) == o.typ.Version && uint32(w>>12&0xfffff) == o.shape.id {
		return slotLoad(&o.values[w&0xfff]), true
	}
	i, ok := o.shape.index[name]
	if !ok {
		return Object{}, false
	}
	c.w.Store(uint64(o.typ.Version)<<32 | uint64(o.shape.id)<<12 | uint64(i))
	return slotLoad(&o.values[i]), true
}

// MethodCache caches the MRO lookup of a method name keyed on type version.
type methodEntry struct {
	version uint32
	typ     *UserType
	value   Object
}

type MethodCache struct{ e atomic.Pointer[methodEntry] }

func lookupMRO(t *UserType, name *Str) (Object, bool) {
	for _, c := range t.mro {
		if v, ok := c.dict[name]; ok {
			return v, true
		}
	}
	return Object{}, false
}

func (c *MethodCache) Load(t *UserType, name *Str) (Object, bool) {
	if e := c.e.Load(); e != nil && e.typ == t && t.Version == e.version {
		return e.value, true
	}
	v, ok := lookupMRO(t, name)
	if ok {
		c.e.Store(&methodEntry{t.Version, t, v})
	}
	return v, ok
}
