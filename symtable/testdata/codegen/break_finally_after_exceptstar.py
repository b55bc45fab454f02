while x:
    try: pass
    except* E:
        pass
    finally:
        break
