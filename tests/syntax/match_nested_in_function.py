def f(cmd):
    match cmd.split():
        case [action]:
            return action
        case [action, obj]:
            return action, obj
        case ['go', ('north' | 'south') as d]:
            return d
        case _:
            return None
