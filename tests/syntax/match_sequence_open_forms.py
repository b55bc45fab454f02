match x:
    case a, *b:
        pass
    case *a, b, c:
        pass
    case 1, 2, 3,:
        pass
    case a,:
        pass
    case (a, b), (c, d):
        pass
