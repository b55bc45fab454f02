while x:
    try: pass
    except* E:
        for y in z: continue
