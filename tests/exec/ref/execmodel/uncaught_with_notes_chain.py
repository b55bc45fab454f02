def validate(v):
    if v < 0:
        err = ValueError(f'negative: {v}')
        err.add_note('values must be >= 0')
        raise err
def process(items):
    for i in items:
        try:
            validate(i)
        except ValueError as e:
            e.add_note(f'while processing item {i}')
            raise
process([1, -2])
