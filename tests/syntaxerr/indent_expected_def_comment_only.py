def f():
    # only a comment
