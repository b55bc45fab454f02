g = {"x": 2}
exec("y = x * 21", g)
print(g["y"], eval("x + y", g), eval("[i*i for i in range(4)]"))
src = """
def square(n):
    return n * n
result = square(12)
"""
ns = {}
exec(src, ns)
print(ns["result"], ns["square"](3))
loc = {}
exec("a = 1; b = a + 1", {}, loc)
print(sorted(loc.items()))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("caught", e)
c = compile("3 * 7", "<expr>", "eval")
print(eval(c))
