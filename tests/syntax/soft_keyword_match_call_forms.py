match(a, b=1)
match.case(1)
match[a:b]
match = match + 1
match: int = 1
match, = x
print(match := 1)
