[*a, *b, *c]
(*a, *b)
{*a, *b}
f(*a, *b, *c)
f(*(a, b))
print(*[1, 2], sep='')
x = *a,
