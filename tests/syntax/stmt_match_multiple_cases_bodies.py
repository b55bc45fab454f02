match command:
    case "quit":
        sys.exit()
    case "help" | "h":
        print("help")
        return_ = 1
    case ["go", direction]:
        go(direction)
    case {"action": action, **rest} if rest:
        do(action, rest)
    case Point(x=0, y=0):
        print("origin")
    case _:
        print("unknown")
