s = 'Hello, World'
print(s[0], s[-1], s[2:5], s[::2], s[::-1], s[100:], s[-100:3])
print('ab' * 3, 3 * 'x', 'a' + 'b', 'ell' in s, 'z' not in s)
print(len(s), s.count('l'), s.find('o'), s.rfind('o'), s.index('W'))
try:
    s.index('Q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[50]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'h'
except TypeError as e:
    print(type(e).__name__, e)
print('%s is %d years' % ('Al', 30), '%5s|%-5s|' % ('a', 'b'), '%.2f' % 3.14159)
print('%(name)s=%(val)r' % {'name': 'x', 'val': 'y'}, '%c%c' % (72, 'i'), '%%', '%x %o %e' % (255, 8, 1.5))
try:
    '%d' % 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%s %s' % ('a',)
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%s' % ('a', 'b')
except TypeError as e:
    print(type(e).__name__, e)
print('{} {}'.format(1, 2), '{1}{0}'.format('a', 'b'), '{x}'.format(x=5), '{0[1]}'.format([7, 8]), '{0.real}'.format(3))
print('{:>4}|{:^5}|{!r}'.format('a', 'b', 'c'))
print('a' < 'b', 'B' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
