match x:
    case n if n > 0:
        pass
    case [a, b] if a == b:
        pass
    case _ if (y := f()):
        pass
    case Point(x=x) if x in range(10) and x != 3:
        pass
