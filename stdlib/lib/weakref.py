"""Weak references, weak containers and finalizers.

pygo's implementation of the weakref module, on top of the _weakref module
written in Go. Objects die when Go's collector finds them unreachable (or
at gc.collect()), not at their last `del` as in CPython, and the callbacks
of weak references -- which keep the containers below up to date and call
finalizers -- run at the next safe point after that (see _weakref).
"""

import sys

from _weakref import (
    getweakrefcount,
    getweakrefs,
    ref,
    proxy,
    CallableProxyType,
    ProxyType,
    ReferenceType,
    _remove_dead_weakref,
)

from _weakrefset import WeakSet, _IterationGuard, _class_getitem

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]



def _mapping_items(other):
    # The (key, value) pairs of a mapping (anything with keys()) or of an
    # iterable of pairs, as dict.update takes them.
    if hasattr(other, "keys"):
        return [(k, other[k]) for k in other.keys()]
    return list(other)


def _as_dict(mapping):
    # A plain dict of a mapping, for comparisons; None if it is not one.
    if isinstance(mapping, dict):
        return mapping
    if isinstance(mapping, (WeakValueDictionary, WeakKeyDictionary)):
        return dict(mapping.items())
    return None


class WeakMethod(ref):
    """A weak reference to a bound method.

    A bound method is created anew at each attribute access, so a plain
    weak reference to one dies at once; this one references the instance
    and the function separately and rebuilds the method when called. It
    dies when either of them does.
    """

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def on_death(_):
            # Called by whichever of the two references dies first; the
            # user's callback runs once.
            self = self_ref()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, on_death)
        self_ref = ref(self)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._alive or not other._alive:
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that also remembers a key (WeakValueDictionary's
    values: their callback must know which entry to drop)."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _WeakMapping:
    # What WeakValueDictionary and WeakKeyDictionary share: the pending
    # removals of dead entries while an iteration is in progress, and the
    # mapping methods expressed through the subclass's primitives.

    __hash__ = None
    __class_getitem__ = classmethod(_class_getitem)

    def _init_state(self):
        self.data = {}
        self._pending_removals = []
        self._iterating = set()

    def _flush_removals(self):
        pending = self._pending_removals
        while pending:
            _remove_dead_weakref(self.data, pending.pop())

    def _flush(self):
        if self._pending_removals:
            self._flush_removals()

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __iter__(self):
        return self.keys()

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    def pop(self, key, *args):
        if len(args) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (1 + len(args)))
        try:
            value = self[key]
        except KeyError:
            if args:
                return args[0]
            raise
        del self[key]
        return value

    def update(self, other=None, /, **kwargs):
        self._flush()
        if other is not None:
            for key, value in _mapping_items(other):
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self._flush()
        self.data.clear()

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, value in self.items():
            self._deepcopy_into(new, key, value, deepcopy, memo)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, (dict, _WeakMapping)):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, _WeakMapping)):
            new = type(self)()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented

    def __eq__(self, other):
        mine, theirs = _as_dict(self), _as_dict(other)
        if theirs is None:
            return NotImplemented
        return mine == theirs

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are referenced weakly: an entry goes away
    when its value dies."""

    def __init__(self, other=(), /, **kwargs):
        def on_death(wr, selfref=ref(self)):
            owner = selfref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(wr.key)
            else:
                _remove_dead_weakref(owner.data, wr.key)

        self._remove = on_death
        self._init_state()
        self.update(other, **kwargs)

    def __getitem__(self, key):
        self._flush()
        obj = self.data[key]()
        if obj is None:
            raise KeyError(key)
        return obj

    def __setitem__(self, key, value):
        self._flush()
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        self._flush()
        del self.data[key]

    def __contains__(self, key):
        self._flush()
        try:
            obj = self.data[key]()
        except KeyError:
            return False
        return obj is not None

    def copy(self):
        self._flush()
        new = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                obj = wr()
                if obj is not None:
                    new[key] = obj
        return new

    def _deepcopy_into(self, new, key, value, deepcopy, memo):
        new[deepcopy(key, memo)] = value

    def keys(self):
        with _IterationGuard(self):
            for key, wr in self.data.items():
                if wr() is not None:
                    yield key

    def values(self):
        with _IterationGuard(self):
            for wr in self.data.values():
                obj = wr()
                if obj is not None:
                    yield obj

    def items(self):
        with _IterationGuard(self):
            for key, wr in self.data.items():
                obj = wr()
                if obj is not None:
                    yield key, obj

    def itervaluerefs(self):
        """Iterate over the weak references to the values (they may die
        during the iteration)."""
        with _IterationGuard(self):
            yield from self.data.values()

    def valuerefs(self):
        """A list of the weak references to the values."""
        self._flush()
        return list(self.data.values())

    def popitem(self):
        self._flush()
        while True:
            try:
                key, wr = self.data.popitem()
            except KeyError:
                raise KeyError("popitem(): dictionary is empty") from None
            obj = wr()
            if obj is not None:
                return key, obj

    def pop(self, key, *args):
        self._flush()
        if len(args) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (1 + len(args)))
        try:
            obj = self.data.pop(key)()
        except KeyError:
            obj = None
        if obj is None:
            if args:
                return args[0]
            raise KeyError(key)
        return obj

    def setdefault(self, key, default=None):
        try:
            obj = self.data[key]()
        except KeyError:
            obj = None
        if obj is None:
            self._flush()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return obj


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are referenced weakly: an entry goes away when
    its key dies. Keys must support weak references and be hashable."""

    def __init__(self, dict=None):
        def on_death(wr, selfref=ref(self)):
            owner = selfref()
            if owner is None:
                return
            if owner._iterating:
                owner._pending_removals.append(wr)
            else:
                try:
                    del owner.data[wr]
                except KeyError:
                    pass

        self._remove = on_death
        self._init_state()
        if dict is not None:
            self.update(dict)

    def _flush_removals(self):
        pending, data = self._pending_removals, self.data
        while pending:
            try:
                del data[pending.pop()]
            except KeyError:
                pass

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        self._flush()
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def copy(self):
        new = WeakKeyDictionary()
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    new[key] = value
        return new

    def _deepcopy_into(self, new, key, value, deepcopy, memo):
        new[key] = deepcopy(value, memo)

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                key = wr()
                if key is not None:
                    yield key

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keyrefs(self):
        """A list of the weak references to the keys."""
        return list(self.data)

    def popitem(self):
        self._flush()
        while True:
            try:
                wr, value = self.data.popitem()
            except KeyError:
                raise KeyError("popitem(): dictionary is empty") from None
            key = wr()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        self._flush()
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        self._flush()
        if dict is not None:
            for key, value in _mapping_items(dict):
                self[key] = value
        if kwargs:
            self.update(kwargs)


class _FinalizerInfo:
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class finalize:
    """Call func(*args, **kwargs) once, when obj dies or at the latest
    at interpreter exit (when the atexit attribute is true, the default).

    Calling the finalizer runs it early (once); detach() cancels it and
    returns (obj, func, args, kwargs); peek() returns the same without
    cancelling; alive tells whether it is still pending.
    """

    __slots__ = ()
    # Pending finalizers: finalize -> _FinalizerInfo. A finalizer keeps
    # itself alive through this registry until it runs or is detached.
    _registry = {}
    _shutdown = False
    _counter = 0
    _dirty = False
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._registered_with_atexit:
            import atexit
            atexit.register(cls._exitfunc)
            cls._registered_with_atexit = True
        info = _FinalizerInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        cls._counter += 1
        info.index = cls._counter
        cls._registry[self] = info
        cls._dirty = True

    def __call__(self, _=None):
        """Run the finalizer if it is still pending; return its result."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Cancel the finalizer; return (obj, func, args, kwargs), or None
        if it is no longer pending."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """Return (obj, func, args, kwargs), or None if not pending."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is still pending."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still pending then."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # The pending finalizers to run at exit, oldest first.
        pending = [(info.index, f) for f, info in cls._registry.items() if info.atexit]
        pending.sort(key=lambda p: p[0])
        return [f for _, f in pending]

    @classmethod
    def _exitfunc(cls):
        # Run the pending atexit finalizers, newest first. A finalizer
        # created meanwhile is picked up as well.
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None or cls._dirty:
                        pending = cls._select_for_exit()
                        cls._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            cls._shutdown = True
