match x:
    case 1 | 2 | 3:
        pass
    case 'a' | 'b':
        pass
    case [1, _] | (_, 1):
        pass
    case Point(x=0) | Point(y=0):
        pass
    case (1 | 2) | 3:
        pass
