total = (1 +
         2 +
         3)
items = [
    'a',
    'b',
]
mapping = {
    'k': 'v',
}
def f(a,
      b=2,
      *args,
      **kw):
    return a + b
print(total, items, mapping, f(1,
                               3))
result = f(
    10,
)
print(result)
if (total > 5 and
        len(items) == 2):
    print('joined condition')
s = ('abc'
     'def')
print(s)
print([x
       for x in range(3)
       if x])
