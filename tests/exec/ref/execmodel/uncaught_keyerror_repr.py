d = {'a': 1}
def lookup(k):
    return d[k]
print(lookup('a'))
lookup(('tuple', 'key'))
