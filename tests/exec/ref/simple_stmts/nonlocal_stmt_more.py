def accumulator():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total
    def state():
        return total, items
    return add, state
add, state = accumulator()
add(1); add(2)
print(state())
def three_levels():
    x = 'L1'
    def l2():
        def l3():
            nonlocal x
            x = 'set by L3'
        l3()
        return x
    return l2(), x
print(three_levels())
def nonlocal_in_loop():
    count = 0
    fns = []
    for _ in range(3):
        def inc():
            nonlocal count
            count += 1
        fns.append(inc)
    for fn in fns: fn()
    return count
print(nonlocal_in_loop())
def nonlocal_with_del():
    v = 1
    def remove():
        nonlocal v
        del v
    def restore():
        nonlocal v
        v = 'restored'
    remove()
    restore()
    return v
print(nonlocal_with_del())
