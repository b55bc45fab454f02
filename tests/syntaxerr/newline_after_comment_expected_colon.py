try  # comment
    pass
