from _h import t
print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x} {y}'.format(x=1, y=2), '{0[1]} {0[a]}'.format({1: 'one', 'a': 'A'}) if False else '{0[1]}'.format([5, 6]), '{0.real}'.format(3), '{{}} {}'.format('lit'))
print('{:>5}|{:<5}|{:^5}'.format('a', 'b', 'c'), '{0!r} {0!s} {0!a}'.format('é'), '{:{w}.{p}f}'.format(3.14159, w=8, p=2), '{0:{1}}'.format('x', 4), '{a[b]}'.format(a={'b': 'dict-b'}))
t('{}'.format)
t('{0} {}'.format, 1, 2)
t('{} {0}'.format, 1, 2)
t('{x}'.format)
t('{'.format)
t('}'.format)
t('{0!z}'.format, 1)
t('{0:{1:{2}}}'.format, 1, 2, 3)
t('{0[}'.format, 1)
t('{0.}'.format, 1)
t('{1}'.format, 1)
t('{:d}'.format, 'a')
t('{0[0]}'.format, 5)
t('{0.nope}'.format, 5)
print('{0[-1]}'.format({'-1': 'str key'}), '{0[01]}'.format({'01': 'k'}) if False else 'x', '{!r:^8}'.format('a'), '{:,}'.format(10**9), '{0:}'.format(5), '{:}'.format('s'))
print('{a}'.format_map({'a': 1}), '{0}'.format_map({}) if False else 'y')
class D(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{a} {b}'.format_map(D(a=1)))
t('{a}'.format_map, {})
t('{a}'.format_map, 5)
class F:
    def __format__(self, spec): return 'F[' + spec + ']'
print('{:abc}'.format(F()), '{0:{1}}'.format(F(), 'nested'), '{!s:>4}'.format(F()) if False else '')
