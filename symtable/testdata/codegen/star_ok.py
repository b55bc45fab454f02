*a, = b
[*a] = b
a = b[*c] = d
x = *a, *b
print(*a)
f(**a)
{*a}
a[*b]
a[*b] = c
