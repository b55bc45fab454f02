"""Source lines of files, cached (pygo's linecache).

Files are read with open(); a file that open() cannot read (such as a
module of the embedded library under /lib/python314.zip) is read through
the get_source() of the loader of a module whose __file__ it is.
"""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> list of lines (each keeping its newline)
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based) of filename, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of filename (cached), or [] when it cannot be read."""
    lines = cache.get(filename)
    if lines is not None:
        return lines
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (all of them here:
    the cache keeps no stat data, so a re-read is the safe answer)."""
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def lazycache(filename, module_globals):
    """Kept for API compatibility: lines are read on demand anyway."""
    return bool(filename) and not (filename.startswith('<') and filename.endswith('>'))


def _split(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def _loader_source(filename, module_globals):
    # The loader of the module whose file it is: the module's own globals
    # first, then any imported module with that __file__.
    candidates = []
    if module_globals is not None:
        candidates.append(module_globals)
    for mod in list(sys.modules.values()):
        d = getattr(mod, '__dict__', None)
        if isinstance(d, dict) and d.get('__file__') == filename:
            candidates.append(d)
    for g in candidates:
        loader = g.get('__loader__')
        name = g.get('__name__')
        get_source = getattr(loader, 'get_source', None)
        if get_source is None or name is None:
            continue
        try:
            src = get_source(name)
        except (ImportError, OSError):
            continue
        if src is not None:
            return src
    return None


def updatecache(filename, module_globals=None):
    """Read filename into the cache and return its lines ([] on failure)."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        with open(filename, encoding='utf-8', errors='replace') as f:
            text = f.read()
    except (OSError, UnicodeError, ValueError, TypeError):
        text = _loader_source(filename, module_globals)
        if text is None:
            return []
    lines = _split(text)
    cache[filename] = lines
    return lines
