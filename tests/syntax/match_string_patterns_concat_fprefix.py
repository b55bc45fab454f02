match x:
    case 'a' 'b':
        pass
    case r'\d':
        pass
    case b'x' b'y':
        pass
    case u'u':
        pass
    case """triple""":
        pass
