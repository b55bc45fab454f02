"""Template string (PEP 750) support: the types of t"..." values."""

from _templatelib import Template, Interpolation



def convert(obj, /, conversion):
    """Apply a t-string/f-string conversion ('s', 'r', 'a' or None) to obj."""
    if conversion is None:
        return obj
    if conversion == 's':
        return str(obj)
    if conversion == 'r':
        return repr(obj)
    if conversion == 'a':
        return ascii(obj)
    raise ValueError(f"invalid conversion specifier: {conversion}")


def _template_unpickle(*args):
    strings, interpolations = args
    parts = []
    for i, s in enumerate(strings):
        parts.append(s)
        if i < len(interpolations):
            parts.append(interpolations[i])
    return Template(*parts)
