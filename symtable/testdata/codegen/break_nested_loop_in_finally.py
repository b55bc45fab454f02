for x in y:
    try: pass
    finally:
        for z in w: break
