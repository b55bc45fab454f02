for x in y:
    try:
        pass
    finally:
        break
    try:
        pass
    finally:
        continue
