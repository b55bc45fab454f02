match x:
    case Point():
        pass
    case Point(1, 2):
        pass
    case Point(x=1, y=2):
        pass
    case Point(1, y=2):
        pass
    case mod.Point(a, b, c=d):
        pass
    case Point(x=Point(y=[1, 2])):
        pass
    case int(n):
        pass
    case Point(1,):
        pass
    case Point(x=1,):
        pass
