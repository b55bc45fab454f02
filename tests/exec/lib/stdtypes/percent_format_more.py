from _h import t
for v in [0, 1, -1, 255, 2**70, -2**70, True]:
    print('%d|%5d|%-5d|%05d|%+d|%x|%#X|%o|%#o|%e|%.2f|%s|%r' % ((v,) * 13))
for v in [0.0, -0.0, 1.5, -2.25, 1e20, 1e-20, float('inf'), float('nan'), 123456.789]:
    print('%f|%.0f|%10.3f|%-10.1e|%g|%#g|%G|%.3g|%+.2e|% f|%s|%r' % ((v,) * 12))
print('%c|%c|%c' % ('x', 120, 0x1F600), '%5c|%-3c|' % ('a', 'b'), '%.1s|%3.2s|' % ('xyz', 'xyz'), '%(x)s-%(y)05.1f' % {'x': 'X', 'y': 2.25})
t(lambda: '%d' % '5')
t(lambda: '%f' % 'x')
t(lambda: '%x' % 1.0)
t(lambda: '%o' % 1.0)
t(lambda: '%c' % 1.5)
t(lambda: '%c' % '')
t(lambda: '%*s' % (1.5, 'x'))
t(lambda: '%.*f' % ('x', 1.0))
t(lambda: '%(a)s %s' % {'a': 1})
t(lambda: '%' % 5)
t(lambda: '%s %s %s' % (1, 2))
t(lambda: '%d %d' % [1, 2])
class I:
    def __index__(self): return 7
class F:
    def __float__(self): return 2.5
class Int:
    def __int__(self): return 9
print('%d %x %o' % (I(), I(), I()), '%f' % F(), '%.1f' % I())
t(lambda: '%d' % F())
t(lambda: '%d' % Int())
print('%s %s' % ('a', ['b']), '%s' % ((1, 2),), '%s' % [[1]], '%a' % 'ü', '%r' % 'ü', '%%%s%%' % 'x', '%-%' if False else '')
