for a in b:
    try:
        pass
    finally:
        for x in y:
            pass
        else:
            break
