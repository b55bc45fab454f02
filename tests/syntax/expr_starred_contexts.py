print(*a)
x = *a, b
[*a] = b
for *a, b in c: pass
return_ = [*a, *b]
{*a, *b}
f(*a or b)
