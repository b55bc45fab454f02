# leading comment

x = 1  # trailing comment
    # indented comment

# another

def f():
    # comment inside
    pass
        # deeply indented comment
    return 1
