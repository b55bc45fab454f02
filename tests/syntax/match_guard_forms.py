match x:
    case a if a:
        pass
    case b if (c := b):
        pass
    case d if lambda: d:
        pass
    case e if e if e else e:
        pass
