# Interpolation fields: value, expression, conversion, format_spec.
from string.templatelib import Interpolation, Template, convert

x = 3.14159
width = 10
items = [1, 2]
for i in t'{x}{x!r}{x!s}{x!a}{x:.2f}{x!r:>{width}}{x:{width}.{2}f}'.interpolations:
    print(repr(i))
print(t'{ x + 1 }'.interpolations[0].expression)
print(t'{items[0]:>4}'.interpolations[0].expression)
print(t'{"é"!a}'.interpolations[0])

# the = specifier puts the text in the strings and defaults to !r
y = 'why'
print(repr(t'{y=}'))
print(repr(t'{y = }'))
print(repr(t'{y=!s}'))
print(repr(t'{y=:>6}'))
print(repr(t'a{y=}b'))

# format specs are evaluated eagerly, values too
log = []
def f(v):
    log.append(v)
    return v
tt = t'{f(1)}:{f(2):{f(3)}}'
print(log, tt.values, tt.interpolations[1].format_spec)

# constructing Interpolation
print(repr(Interpolation(1)))
print(repr(Interpolation(1, 'e', 's', '>3')))
print(repr(Interpolation(value=[1], expression='v', format_spec='x')))
print(Interpolation.__match_args__)
for args, kw in [((), {}), ((1, 2), {}), ((1, 'x', 'q'), {}), ((1, 'x', None, 3), {}),
                 ((1, 'x', None, '', 5), {}), ((1,), {'expression': 3}),
                 ((1,), {'bogus': 1}), ((1,), {'value': 2})]:
    try:
        Interpolation(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
i = t'{x!r:.3}'.interpolations[0]
print(i.value, i.expression, i.conversion, i.format_spec)
print(i.__reduce__()[1])

# structural pattern matching
for item in t'pre{x}mid{y!r:^9}':
    match item:
        case str() as s:
            print('str', s)
        case Interpolation(value, expr, conv, spec):
            print('interp', value, expr, conv, repr(spec))

# convert
print(convert(x, None), convert(x, 's'), convert('é', 'r'), convert('é', 'a'))
for bad in ['q', 5, 'rr']:
    try:
        convert(1, bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    convert(1)
except TypeError as e:
    print(type(e).__name__)
