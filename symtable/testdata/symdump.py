# CPython's side of the symbol table oracle (see oracle_test.go): reads
# bundle.json beside this file, a JSON object {name: source}, and prints a
# JSON object {name: dump} where dump is the canonical form of
# symtable.Dump (Go) of CPython's symtable.symtable(source), or
# "ERR msg lineno offset end_lineno end_offset" for a SyntaxError.
import symtable, sys, os, json

NAMES = {0: "function", 1: "class", 2: "module", 3: "annotation", 4: "type alias",
         5: "type parameters", 6: "type variable"}

def dump(r, ind, out):
    out.append("%s%s %s line=%d nested=%d varnames=[%s]" % (
        ind, NAMES[int(r.type)], r.name, r.lineno, 1 if r.nested else 0, " ".join(r.varnames)))
    for k in sorted(r.symbols):
        out.append("%s  %s %d" % (ind, k, r.symbols[k]))
    for c in r.children:
        dump(c, ind + "    ", out)

def one(name, src):
    out = []
    try:
        t = symtable.symtable(src, name, "exec")
        dump(t._table, "", out)
    except SyntaxError as e:
        out.append("ERR %s %s %s %s %s" % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
    except Exception as e:
        out.append("EXC %s: %s" % (type(e).__name__, e))
    return "\n".join(out) + "\n"

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "bundle.json"), encoding="utf-8") as f:
    bundle = json.load(f)
sys.stdout.write(json.dumps({k: one(k, v) for k, v in bundle.items()}))
