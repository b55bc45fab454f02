package py

// __length_hint__ of the builtin iterators (operator.length_hint and
// list() preallocation read it): the number of items left.

func addLengthHint(typ *Type, f func(o Object) int) {
	addMethod(typ, "__length_hint__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) > 0 || kw.Len() > 0 {
			return Object{}, TypeError("%s.__length_hint__() takes no arguments (%d given)", TypeName(self), len(args))
		}
		return MakeInt(int64(max(f(self), 0))), nil
	})
}

func initLengthHints() {
	addLengthHint(ListIterType, func(o Object) int {
		it := (*seqIterator)(o.p)
		i := it.pos.Load()
		if i < 0 {
			return 0
		}
		return (*List)(it.seq.p).Len() - int(i)
	})
	addLengthHint(ListRevIterType, func(o Object) int {
		it := (*seqIterator)(o.p)
		i := it.pos.Load()
		if i < 0 || int(i) >= (*List)(it.seq.p).Len() {
			return 0
		}
		return int(i) + 1
	})
	addLengthHint(TupleIterType, func(o Object) int {
		it := (*seqIterator)(o.p)
		i := it.pos.Load()
		if i < 0 {
			return 0
		}
		return len((*Tuple)(it.seq.p).items) - int(i)
	})
	addLengthHint(RangeIterType, func(o Object) int { return int((*rangeIterator)(o.p).left()) })
	addLengthHint(StrIterType, func(o Object) int {
		it := (*strIterator)(o.p)
		it.mu.Lock()
		defer it.mu.Unlock()
		if it.s == nil || it.pos >= len(it.s.s) {
			return 0
		}
		return countRunes(it.s.s[it.pos:])
	})
	addLengthHint(BytesIterType, func(o Object) int {
		it := (*bytesIterator)(o.p)
		return len(it.b) - int(it.pos.Load())
	})
	addLengthHint(ByteArrayIterType, func(o Object) int {
		it := (*byteArrayIterator)(o.p)
		return len(it.ba.Data()) - int(it.pos.Load())
	})
}
