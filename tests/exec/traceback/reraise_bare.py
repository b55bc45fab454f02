def f():
    try:
        int("z")
    except ValueError:
        print("logging and re-raising")
        raise
f()
