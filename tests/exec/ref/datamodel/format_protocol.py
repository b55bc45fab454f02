class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == 'usd': return f'${self.v:.2f}'
        if spec == '': return str(self)
        return format(self.v, spec)
    def __str__(self): return f'Money({self.v})'
m = Money(3.5)
print(f'{m:usd}', f'{m}', f'{m:>8.1f}', format(m, 'usd'), '{:usd}'.format(m), '{0:e}'.format(m))
print(format(42), format(42, ''), format('s', '>3'), format(3.0, ''), format(None, ''), format([1], ''))
try:
    format(None, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([1], '>5')
except TypeError as e:
    print(type(e).__name__, e)
class Sub(int):
    pass
print(format(Sub(5), '03d'), f'{Sub(5):x}')
class SubFmt(int):
    def __format__(self, spec): return 'custom ' + spec
print(f'{SubFmt(1):abc}', format(SubFmt(2)))
print('{!r:>10}'.format('x'), '{:{w}}'.format('y', w=4) + '|', '{0[a]}'.format({'a': 'item'}))
print(format(True, 'd'), format(True, ''), format(1.5, '%'), format(1234, 'n'))
