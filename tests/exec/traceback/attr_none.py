def find(x):
    return None
find(1).group
