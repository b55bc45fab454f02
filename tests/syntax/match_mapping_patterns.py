match x:
    case {}:
        pass
    case {'a': 1}:
        pass
    case {'a': 1, 'b': y}:
        pass
    case {'a': 1, **rest}:
        pass
    case {**rest}:
        pass
    case {1: _, -1: _, 1+2j: _, None: _, True: _, b'k': _}:
        pass
    case {Color.RED: x, a.b: y}:
        pass
    case {'k': [a, *b], 'm': {'n': c}}:
        pass
    case {'a': 1,}:
        pass
