# t-strings evaluate to string.templatelib.Template objects.
from string.templatelib import Template, Interpolation
import string.templatelib as tl

x = 42
name = 'World'
t = t'Hello {name}, x={x}!'
print(type(t))
print(type(t) is Template, isinstance(t, Template))
print(type(t).__name__, type(t).__qualname__, type(t).__module__)
print(type(t.interpolations[0]), Interpolation.__name__, Interpolation.__module__)
print(sorted(n for n in dir(tl) if not n.startswith('_')))
print(repr(t))
print(t.strings)
print(t.interpolations)
print(t.values)
print(len(t.strings) == len(t.interpolations) + 1)

# strings always has one more element than interpolations
for tt in [t'', t'{x}', t'{x}{x}', t'a{x}', t'{x}b', t'a{x}b{name}c']:
    print(tt.strings, len(tt.interpolations))

# iteration skips empty strings
print(list(t))
print(list(t'{x}{name}'))
print(list(t''))
print(list(t'plain'))
it = iter(t'a{x}')
print(type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')

# concatenation
u = t'a{x}' + t'b{name}c'
print(repr(u))
print(repr(t'' + t''))
print(repr(t'{x}' + t'{x}'))
print(repr(t'a' t'b{x}' t'c'))
for bad in ['s', 1, None, [1]]:
    try:
        t'a' + bad
    except TypeError as e:
        print(type(e).__name__, e)

# the constructor
print(repr(Template()))
print(repr(Template('a', 'b')))
print(repr(Template('a', Interpolation(1, 'one'), Interpolation(2), 'z')))
print(repr(Template(Interpolation(1, 'x'), 'a')))
print(repr(Template(*'abc')))
for args in [(1,), (b'x',), ('a', Interpolation(1), 2.5)]:
    try:
        Template(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Template(strings=())
except TypeError as e:
    print(type(e).__name__, e)

# identity semantics, no len or indexing
print(t'a' == t'a', t is t)
try:
    len(t)
except TypeError:
    print('no len')
try:
    t.strings = ()
except AttributeError:
    print('read-only strings')
print(Template[int], Interpolation[str])
print(str(t) == repr(t))
