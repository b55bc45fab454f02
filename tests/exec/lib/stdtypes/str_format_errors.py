from _h import t
for fmt in ['{', '}', '{0', '{0!}', '{0!r', '{0!rr}', '{0:', '{:{:{}}}', '{a.}', '{a[}', '{a[]}', '{0]}', '{!}', '{0.0}', '{-1}', '{0[a]b}', '{ }', '{0 }', '{:}}', '{{{}', '}}{{', '{0!r:}', '{0!s:>5}', '{[0]}', '{.real}']:
    try:
        print(repr(fmt), repr(fmt.format([1], a=[1])))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
t('{0}{1}'.format, 1)
t('{a}{b}'.format, a=1)
t('{:d}'.format, 'x')
t('{:>5d}'.format, 1.5)
print('{0}'.format(*[5]), '{x}'.format(**{'x': 6}), '{}{}'.format(*'ab'))
