# CPython's side of the code-object shape oracle (see shape_test.go): reads
# bundle.json beside this file ({name: source}) and prints {name: dump}
# where dump lists every code object compile(source, name, "exec") makes,
# depth first in co_consts order, one line each, indented by nesting.
import json, os, sys, warnings

def doc(co):
    if co.co_flags & 0x4000000 and co.co_consts and isinstance(co.co_consts[0], str):
        return repr(co.co_consts[0])
    return "-"

def walk(co, depth, out):
    out.append("%s%s|%s|%d|%d|%d|%d|%#x|%s|%s|%s|%s" % (
        "  " * depth, co.co_name, co.co_qualname, co.co_firstlineno,
        co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_flags,
        ",".join(co.co_varnames), ",".join(co.co_cellvars), ",".join(co.co_freevars), doc(co)))
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            walk(c, depth + 1, out)

def one(name, src):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            co = compile(src, name, "exec", dont_inherit=True)
        except SyntaxError as e:
            return "ERR %s %s\n" % (e.msg, e.lineno)
        except Exception as e:
            return "EXC %s: %s\n" % (type(e).__name__, e)
    out = []
    walk(co, 0, out)
    return "\n".join(out) + "\n"

here = os.path.dirname(os.path.abspath(__file__))
bundle_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "bundle.json")
with open(bundle_path, encoding="utf-8") as f:
    bundle = json.load(f)
sys.stdout.write(json.dumps({k: one(k, v) for k, v in bundle.items()}))
