name = 'World'
t = t'Hello {name}!'
print(type(t).__name__, t.strings, [i.value for i in t.interpolations])
t2 = t'{name!r:>10} and {1 + 1}'
for i in t2.interpolations:
    print(repr(i.value), i.expression, i.conversion, repr(i.format_spec))
t3 = t'no interpolations'
print(t3.strings, t3.interpolations)
t4 = t'{name}{name}'
print(t4.strings)
t5 = t'a' t'b{name}'
print(t5.strings)
