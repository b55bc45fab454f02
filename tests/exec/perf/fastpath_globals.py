# The eval loop's global-name caches must follow every change of the
# globals and builtins: rebinding, deleting, shadowing a builtin later,
# exec with other namespaces.
import builtins


def get_len():
    return len("abc")


def get_g():
    return g


g = 1
results = []
for i in range(3):
    results.append(get_g())
    g = g + 10
print(results)

del g
try:
    get_g()
except NameError as e:
    print(type(e).__name__, e)
g = "back"
print(get_g())

print(get_len())
len = lambda s: 42          # a global now shadows the builtin
print(get_len())
del len
print(get_len())

builtins.my_builtin = 7


def use_my_builtin():
    return my_builtin


print(use_my_builtin())
builtins.my_builtin = 8
print(use_my_builtin())
del builtins.my_builtin
try:
    use_my_builtin()
except NameError as e:
    print(type(e).__name__, e)

# Many new globals force the globals dict to grow (a new table generation).
for i in range(100):
    globals()["x%d" % i] = i
print(get_g(), get_len(), x99)

# The same code run against other globals.
src = "def f():\n    return h\n"
ns1, ns2 = {"h": 1}, {"h": 2}
exec(src, ns1)
exec(src, ns2)
print(ns1["f"](), ns2["f"](), ns1["f"](), ns2["f"]())
ns1["h"] = 3
print(ns1["f"](), ns2["f"]())
f2 = ns2["f"]
del ns2["h"]
try:
    f2()
except NameError as e:
    print(type(e).__name__, e)
ns2["h"] = 5
print(f2())


def loop_builtins():
    total = 0
    for i in range(5):
        total += abs(-i) + len([i])
    return total


print(loop_builtins())
