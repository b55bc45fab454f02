match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -2.5e3:
        pass
    case 1j:
        pass
    case -1j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 'str':
        pass
    case b'bytes':
        pass
    case 'a' 'b':
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
