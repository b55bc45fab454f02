match match:
    case case:
        pass
match case:
    case match if match:
        type = 1
match _:
    case _:
        pass
