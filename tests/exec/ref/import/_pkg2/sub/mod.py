VALUE = 'deep value'
def where():
    return __name__, __package__
