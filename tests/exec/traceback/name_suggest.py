counter = 10
def total():
    return countr + 1
print(counter)
total()
