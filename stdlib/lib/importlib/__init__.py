"""A pure Python implementation of import's public helpers (pygo)."""

import sys

__all__ = ['import_module', 'reload', 'invalidate_caches']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; relative names need package as the anchor."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Reload a module: re-run its code in its existing namespace."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module") from None
    if type(module).__name__ != 'module':
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    filename = getattr(module, '__file__', None)
    if filename is None:
        return module
    del sys.modules[name]
    try:
        new = __import__(name)
        for part in name.split('.')[1:]:
            new = getattr(new, part)
    except BaseException:
        sys.modules[name] = module
        raise
    module.__dict__.update(new.__dict__)
    sys.modules[name] = module
    return module


def invalidate_caches():
    pass
