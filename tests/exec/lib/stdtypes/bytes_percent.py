from _h import t
print(b'%s %d' % (b'ab', 5), b'%x %X %o' % (255, 255, 8), b'%c%c' % (65, b'b'), b'%5s|' % b'ab', b'%-5s|' % b'ab', b'%r' % b'x', b'%a' % 'é', b'%b' % b'z', b'%.2f' % 1.5, b'%(k)s' % {b'k': b'v'}, b'%%')
t(lambda: b'%s' % 'str')
t(lambda: b'%d' % b'1')
t(lambda: b'%c' % 256)
t(lambda: b'%c' % b'ab')
t(lambda: b'%s %s' % (b'a',))
t(lambda: b'%z' % 1)
print(bytearray(b'%s') % b'x', type(bytearray(b'%d') % 1).__name__, b'%s' % bytearray(b'ba'), b'%s' % memoryview(b'mv') if False else b'')
class BB:
    def __bytes__(self): return b'BB'
print(b'%s' % BB(), b'%5.1f' % 2.25, b'%i' % -3, b'%#x' % 10)
