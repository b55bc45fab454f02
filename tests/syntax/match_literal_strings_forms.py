match x:
    case 'a' "b" '''c''':
        pass
    case b'a' b'b':
        pass
    case rb'x' | Rb'y':
        pass
