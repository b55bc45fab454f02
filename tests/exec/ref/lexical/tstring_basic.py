x = 42
name = 'w'
t = t'hello {name} and {x:>5}'
print(type(t).__name__)
print(t.strings)
print(len(t.interpolations))
i = t.interpolations[0]
print(i.value, i.expression, i.conversion, repr(i.format_spec))
j = t.interpolations[1]
print(j.value, j.expression, j.conversion, repr(j.format_spec))
u = t'{x!r}'
print(u.strings, u.interpolations[0].conversion)
print(t''.strings, t''.interpolations)
print(list(t'a{x}b'))
v = t'{x=}'
print(v.strings, v.interpolations[0].expression)
print(t.values)
