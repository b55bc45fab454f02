for f in '\q'.x:
    lambda /, x: 1
