# Generates syntax/parser/testdata/nested_timing.jsonl under the CPython 3.14
# oracle: /work/shared/tools/py314 nested_timing_gen.py > nested_timing.jsonl
# Each case: nested brackets (and other nesting constructs) around a valid
# or invalid core, parsed in a mode; the result is CPython's SyntaxError
# facts, or the sha256 of ast.dump(include_attributes=True) when it parses.
import ast, hashlib, json, sys

# A nested case is stored as its parts: src = o*n + m + c*n.
def nest(o, c):
    return lambda n, mid: {"o": o, "m": mid, "c": c, "n": n}

def build(case):
    if isinstance(case, str):
        return case
    return case["o"] * case["n"] + case["m"] + case["c"] * case["n"]

shapes = {
    "list": nest("[", "]"),
    "paren": nest("(", ")"),
    "brace": nest("{", "}"),
    "mixed": nest("[({", "})]"),
    "call": nest("f(", ")"),
    "subscript": nest("x[", "]"),
    "listcomp": nest("[x for x in ", "]"),
    "genexp": nest("(x for x in ", ")"),
    "dictcomp": nest("{x: y for x in ", "}"),
    "dict": nest("{a: ", "}"),
    "lambda": nest("lambda: (", ")"),
    "lambdadef": nest("(lambda x=", ": 1)"),
    "fstring": nest("f'{", "}'"),
    "fspec": nest("f'{x:{", "}}'"),
    "tstring": nest("t'{", "}'"),
    "kwarg": nest("f(a=", ")"),
    "star": nest("[*", "]"),
    "tuple": nest("(a, ", ")"),
    "slice": nest("x[a:", "]"),
    "walrus": nest("(y := ", ")"),
    "ifexp": nest("(a if b else ", ")"),
}
mids = ["x = = 1", "x: int =", "1 += 2", "x", "x = 1", "*x", "x for", "x,", "print x", "x 1", "**x", "x :="]
open_only = ["x = = 1", "x: int =", "1 += 2", "x"]

cases = []
for name, f in shapes.items():
    for mid in mids:
        for n in (12, 60):
            cases.append((f"{name}/{mid}/{n}", "exec", f(n, mid)))
    for mid in open_only:
        # The brackets left open: the core is the last thing in the source.
        cases.append((f"{name}/open/{mid}", "exec", dict(f(12, mid), c="")))
    for mid in ("x = = 1", "x"):
        cases.append((f"{name}/{mid}/150", "exec", f(150, mid)))
for n in (12, 60):
    cases.append((f"eval/list/{n}", "eval", {"o": "[", "m": "x = = 1", "c": "", "n": n}))
    cases.append((f"single/list/{n}", "single", {"o": "[", "m": "x = = 1", "c": "", "n": n}))
    cases.append((f"eval/brace/{n}", "eval", {"o": "{", "m": "1 += 2", "c": "}", "n": n}))
    cases.append((f"case/{n}", "exec", "match x:\n case " + "[" * n + "a = 1" + "]" * n + ": pass\n"))
    cases.append((f"for/{n}", "exec", "for " + "[" * n + "a" + "]" * n + " in = x: pass\n"))
    cases.append((f"del/{n}", "exec", "del " + "[" * n + "a + 1" + "]" * n))
    cases.append((f"with/{n}", "exec", "with " + "(" * n + "a" + ")" * n + " as " + "[" * n + "b + 1" + "]" * n + ": pass\n"))
    cases.append((f"def/{n}", "exec", "def f(a=" + "[" * n + "x = = 1" + "]" * n + "): pass\n"))
    cases.append((f"ifs/{n}", "exec", "".join(" " * i + "if x:\n" for i in range(min(n, 90))) + " " * min(n, 90) + "[" * 12 + "x = = 1\n"))

out = []
for name, mode, src in cases:
    r = {"name": name, "mode": mode}
    if isinstance(src, str):
        r["src"] = src
    else:
        r.update(src)
        src = build(src)
    try:
        t = ast.parse(src, mode=mode)
        r["dump"] = hashlib.sha256(ast.dump(t, include_attributes=True).encode()).hexdigest()
    except SyntaxError as e:
        r["err"] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
    except Exception as e:
        r["other"] = type(e).__name__ + ": " + str(e)
    out.append(r)
for r in out:
    print(json.dumps(r))
