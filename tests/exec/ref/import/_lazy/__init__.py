def __getattr__(name):
    if name == 'computed':
        return 'lazily computed'
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
def __dir__():
    return ['computed', 'static']
static = 'static value'
