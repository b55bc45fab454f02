from _h import t
s = 'hello world'
for args in [('hello',), ('world', 6), ('wor', 6, 9), ('o', 4, 5), ('', 11), ('', 12), (('x', 'hel'),), (('x', 'y'),), ((),), ('hello', -11), ('world', -5), ('h', 0, 0), ('', 5, 4)]:
    print(args, s.startswith(*args), s.endswith(*args))
t(s.startswith, 5)
t(s.endswith, ('a', 5))
t(s.startswith, 'h', 'x')
t(s.endswith)
class S(str): pass
print(s.startswith(S('he')), s.endswith((S('ld'),)))
