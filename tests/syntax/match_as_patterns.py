match x:
    case 1 as one:
        pass
    case (1 | 2) as n:
        pass
    case [a, b] as whole:
        pass
    case Point(x=_ as px) as p:
        pass
    case 1 | 2 as n:
        pass
    case {'k': v as vv}:
        pass
