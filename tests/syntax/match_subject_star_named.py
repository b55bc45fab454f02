match a, *b:
    case _:
        pass
match *a, *b:
    case _:
        pass
match (a := b):
    case _:
        pass
match not x:
    case _:
        pass
match lambda: 1:
    case _:
        pass
match a if b else c:
    case _:
        pass
