def f():
    try:
        return 1
    finally:
        try: pass
        finally: return 2
