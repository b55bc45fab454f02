match x:
    case (1):
        pass
    case (y):
        pass
    case ((a)):
        pass
    case (1 | 2):
        pass
