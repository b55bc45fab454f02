def f(path):
    try:
        with open(path) as fh:
            return fh.read()
    except OSError as e:
        raise ValueError(path) from e
    finally:
        print("done")
