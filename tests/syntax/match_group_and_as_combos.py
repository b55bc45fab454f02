match x:
    case ((a as b) as c):
        pass
    case [(1 | 2) as d, (e as f)]:
        pass
    case (1 as g) | (2 as g):
        pass
