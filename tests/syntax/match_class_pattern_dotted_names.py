match x:
    case a.b.C():
        pass
    case a.B(c, d, e=f, g=h):
        pass
    case str() | bytes():
        pass
