"""WeakSet: a set that holds its elements through weak references.

pygo's implementation. An element disappears from the set when it dies;
the removal is done by the callback of its weak reference, which pygo runs
at the next safe point after the collector found the element dead (see
the _weakref module), not at the last `del` as in CPython.
"""

from _weakref import ref

__all__ = ['WeakSet']

_GenericAlias = type(list[int])


def _class_getitem(cls, item):
    # cls[item] as a types.GenericAlias. pygo's GenericAlias type cannot be
    # called yet; ref's own __class_getitem__ builds one for any class.
    try:
        return _GenericAlias(cls, item)
    except TypeError:
        return ref.__dict__['__class_getitem__'].__get__(None, cls)(item)


class _IterationGuard:
    """Marks a weak container as being iterated over.

    While any iteration is in progress, the callbacks of dead weak
    references only record what to remove; the last iteration to finish
    performs the removals. So iterating never sees the container's
    underlying dict or set change size.
    """

    __slots__ = ('_owner',)

    def __init__(self, container):
        self._owner = ref(container)

    def __enter__(self):
        owner = self._owner()
        if owner is not None:
            owner._iterating.add(self)
        return self

    def __exit__(self, *exc_info):
        owner = self._owner()
        if owner is not None:
            owner._iterating.discard(self)
            if not owner._iterating:
                owner._flush_removals()


class WeakSet:
    """A set of objects referenced weakly."""

    def __init__(self, data=None):
        self.data = set()
        self._pending_removals = []
        self._iterating = set()

        def _on_death(wr, selfref=ref(self)):
            owner = selfref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(wr)
            else:
                owner.data.discard(wr)

        self._remove = _on_death
        if data is not None:
            self.update(data)

    def _flush_removals(self):
        pending = self._pending_removals
        while pending:
            self.data.discard(pending.pop())

    def __iter__(self):
        with _IterationGuard(self):
            for wr in self.data:
                obj = wr()
                if obj is not None:
                    yield obj

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        getstate = getattr(self, '__getstate__', None)
        state = getstate() if getstate is not None else self.__dict__
        return self.__class__, (list(self),), state

    def __repr__(self):
        return repr(self.data)

    __hash__ = None

    __class_getitem__ = classmethod(_class_getitem)

    # -- mutation

    def add(self, item):
        if self._pending_removals:
            self._flush_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._flush_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending_removals:
            self._flush_removals()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            obj = wr()
            if obj is not None:
                return obj

    def remove(self, item):
        if self._pending_removals:
            self._flush_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._flush_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._flush_removals()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._flush_removals()
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._flush_removals()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._flush_removals()
        if other is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    # -- new sets

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    # -- comparisons

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0
