while x:
    try: pass
    except* E:
        def g(): return
