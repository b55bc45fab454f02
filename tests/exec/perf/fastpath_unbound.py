# Unbound locals reaching the fast paths raise UnboundLocalError exactly as
# the generic operations do (the eval loop checks them lazily).
def t(code):
    try:
        exec(code, {})
    except Exception as e:
        print(type(e).__name__, e)
pre = "def f():\n    if 0:\n        x = 1\n        y = 2\n"
for body in ["x + 1", "1 + x", "x += 1", "x - 1", "x < 1", "1 < x", "x.a", "x.a = 1", "y.a = x", "x.m()", "x[0]", "[1][x]", "x[0] = 1", "[1][0] = x", "return x", "if x: pass", "while x: pass", "y = x", "if x < 1: pass", "if 1 < x: pass", "x * 2.0", "'a' + x", "x + 'a'", "print(x)", "x is None", "x in [1]"]:
    t(pre + "    " + body + "\nf()\n")
