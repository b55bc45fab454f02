from _h import t
b = b'abcabcabc'
for args in [(b'abc',), (b'abc', 1), (b'abc', 1, 6), (b'c', -3), (b'',), (b'', 9), (b'', 10), (97,), (99, 3, 5), (b'x',), (bytearray(b'bc'),)]:
    print(args, b.find(*args), b.rfind(*args), b.count(*args))
t(b.find, 256)
t(b.find, -1)
t(b.find, 'a')
t(b.index, b'x')
t(b.rindex, 120)
print(b.index(98), b.rindex(b'b'), b.startswith(b'ab'), b.startswith((b'x', b'a')), b.endswith(b'bc', 0, 3), b.startswith(b'c', 2))
t(b.startswith, 'a')
t(b.startswith, [b'a'])
t(b.endswith, 97)
print(b'' in b, b'cab' in b, 97 in b, 300 in b'' if False else '', memoryview(b'ab') in b if False else '', bytearray(b'ab') in b)
