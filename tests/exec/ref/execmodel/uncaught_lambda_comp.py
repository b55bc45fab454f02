items = [1, 2, 0, 4]
inv = lambda x: 10 // x
def compute():
    return [inv(i) for i in items]
compute()
