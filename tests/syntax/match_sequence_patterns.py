match x:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case a, b:
        pass
    case [a, b, *rest]:
        pass
    case (*rest, last):
        pass
    case [first, *_, last]:
        pass
    case *a, b:
        pass
    case [1, [2, [3]]]:
        pass
    case 1, *_:
        pass
    case [a, b,]:
        pass
