match x:
    case [*_]:
        pass
    case [*a]:
        pass
    case [1, *a, 2]:
        pass
    case (*a, 1):
        pass
