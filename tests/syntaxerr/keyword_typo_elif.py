if x:
    pass
elfi y:
    pass
