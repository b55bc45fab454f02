def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError(f'bad input {s!r}')
print(parse('5'))
parse('x')
