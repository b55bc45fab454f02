f'{x!r y}'
