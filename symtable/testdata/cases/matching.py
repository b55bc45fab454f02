def m(cmd):
    match cmd:
        case [x, y, *rest]:
            return x, y, rest
        case {"k": v, **others}:
            return v, others
        case Point(x=px, y=0) as pt:
            return px, pt
        case str() | bytes() as s if s:
            return s
        case Color.RED:
            return None
        case [1, *_]:
            pass
        case _:
            return cmd
match 1:
    case top_capture:
        pass
