from _h import t
print(bytes(0), bytes([]), bytes(()), bytes(b''), bytes(x for x in [104, 105]), bytes([True, False]))
class I:
    def __index__(self): return 65
print(bytes([I()]), bytes(I()) == bytes(65))
t(bytes, [I(), 'x'])
t(bytes, object())
t(bytes, 2**100)
t(bytes, 'x', encoding=5)
t(bytes, b'a', errors='strict')
t(bytes, 'x', errors='strict')
print(bytes('é', 'utf-16'), bytes('é', 'utf-16-le'), bytes('é', 'utf-16-be'), bytes('é', 'utf-32-le'), bytes('ab', 'latin1'), bytes('€', 'utf8'))
print(bytes.__name__, type(b'').__name__, isinstance(b'', bytes), isinstance(bytearray(), bytes), issubclass(bytes, object))
class BS(bytes): pass
x = BS(b'hi'); print(x, type(x).__name__, type(x + b'!').__name__, type(x[0:1]).__name__, type(bytes(x)).__name__, x == b'hi')
class BB:
    def __bytes__(self): return BS(b'sub')
r = bytes(BB()); print(r, type(r).__name__)
