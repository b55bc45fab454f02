def ping(n):
    if n > 30:
        raise ValueError("deep")
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
