# Rendering templates the way a t-string consumer does.
from string.templatelib import Template, Interpolation, convert


def render(template):
    parts = []
    for item in template:
        if isinstance(item, str):
            parts.append(item)
        else:
            v = convert(item.value, item.conversion)
            parts.append(format(v, item.format_spec))
    return ''.join(parts)


def html(template):
    out = []
    for item in template:
        if isinstance(item, Interpolation):
            s = str(item.value)
            out.append(s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
        else:
            out.append(item)
    return ''.join(out)


name = 'Ada'
n = 7
pi = 3.14159
print(render(t'Hi {name}, {n:03d} {pi:.2f} {name!r:>8}|'))
print(render(t'{n=} {pi = :.1f}'))
evil = '<script>&'
print(html(t'<p>{evil}</p>'))

# t-strings in functions, closures and comprehensions
def greet(who):
    return t'hello {who}'
print([render(greet(w)) for w in ['a', 'b']])
ts = [t'{i}-{i * i}' for i in range(3)]
print([tt.values for tt in ts])
print(render(sum(ts[1:], ts[0])))
g = (lambda k: t'{k!r}')(None)
print(repr(g))

# nested templates are values like any other
inner = t'<{name}>'
outer = t'[{inner}]'
print(type(outer.values[0]).__name__, render(outer.values[0]))

# raw and triple-quoted t-strings
print(repr(rt'\n{n}\t'))
print(repr(Rt'{n}\d'))
tq = t"""line1 {name}
line2 {n!s}"""
print(tq.strings)
print(repr(t'{{literal}} {n}'))
print(repr(t'{"}"}'))
print(repr(t'{n!r}' + t'{{}}'))

# building a Template programmatically
parts = ['a', Interpolation(1, 'one'), 'b', Interpolation(2, 'two', 'r', '>3')]
built = Template(*parts)
print(render(built), built.strings)
print(render(Template(*reversed(parts))))
