cases = [
    lambda: 1 / 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: [][0], lambda: {}['k'], lambda: ()[1], lambda: 'a'[5],
    lambda: int('x'), lambda: float('y'), lambda: None.attr, lambda: undefined_name_zz, lambda: 1 + 'a', lambda: len(5),
    lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(), lambda: next(iter([])), lambda: (1).__index__.__self__ + [], 
    lambda: chr(-1), lambda: 'x'.index('y'), lambda: [1].remove(2), lambda: int('1' * 5000), lambda: 2 ** 1e300 if False else int('1' * 5000),
    lambda: b'\xff'.decode(), lambda: 'é'.encode('ascii'), lambda: hash([]), lambda: iter(5), lambda: import_missing(),
    lambda: divmod(1, 0), lambda: ord(''), lambda: range(1, 2, 0), lambda: [1, 2, 3][::0], lambda: dict([1]), lambda: abs('x'),
    lambda: object().x, lambda: type('x', (), {})().y, lambda: (lambda: 0)(1), lambda: (lambda a: 0)(), lambda: (lambda: 0)(x=1),
    lambda: 'a' * 'b', lambda: -'a', lambda: ~1.5, lambda: [] < (), lambda: {1: 2}.keys() + 1,
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, 'no error')
    except Exception as e:
        print(i, type(e).__name__, e)
