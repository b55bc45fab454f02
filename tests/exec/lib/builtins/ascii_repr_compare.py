for o in ['x', 'é', ['é', 1], {'ü': b'\xfc'}, ('\n',), 1.5, None, True, 'a\U0001F600', '\x7f\x9f']:
    print(repr(o), ascii(o), repr(o) == ascii(o), str(o) if not isinstance(o, str) else 'str')
