def f(*args=1): pass
