def inner(x):
    return x / 0
def outer():
    return inner(1) + 1
print("before")
outer()
