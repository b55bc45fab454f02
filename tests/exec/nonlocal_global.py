total = 0
def add(n):
    global total
    total += n
for i in range(5):
    add(i)
print(total)
def make():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make()
inc(); inc(5)
print(get())
def shadow():
    total = "local"
    def inner():
        global total
        return total
    return inner()
print(shadow())
def deep():
    a = 1
    def l1():
        def l2():
            nonlocal a
            a += 1
            return a
        return l2()
    return l1(), a
print(deep())
x = 0
def comp_scope():
    x = 10
    return [x + i for i in range(3)]
print(comp_scope())
