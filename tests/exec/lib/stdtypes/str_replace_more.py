from _h import t
for args in [('a', 'b'), ('a', 'b', 0), ('a', 'b', 1), ('a', 'b', 2), ('a', 'b', -2), ('', 'X'), ('', 'X', 1), ('aa', 'a'), ('banana', 'x'), ('n', 'NN')]:
    print(args, 'banana'.replace(*args))
print(''.replace('', 'a'), ''.replace('', 'a', 0), ''.replace('x', 'y'), 'abc'.replace('', ''), '日本'.replace('', '|'), 'aaa'.replace('a', 'aa', 2))
t('a'.replace)
t('a'.replace, 'a', 'b', 'c')
t('a'.replace, 'a', 'b', 1.0)
class S(str): pass
r = S('abc').replace('x', 'y'); print(type(r).__name__)
r = 'abc'.replace(S('a'), S('z')); print(type(r).__name__, r)
print('abcabc'.replace('bc', 'X', count=1))
