match x:
    case Color.RED:
        pass
    case a.b.c.d:
        pass
    case mod.CONST:
        pass
