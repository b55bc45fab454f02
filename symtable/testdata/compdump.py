# CPython's side of the compile-stage oracle (see oracle_test.go): reads
# bundle.json beside this file ({name: source}) and prints {name: result}
# where result lists the SyntaxWarnings compile(source, name, "exec")
# emits ("WARN lineno msg") and then "OK" or "ERR msg lineno offset
# end_lineno end_offset".
import json, os, sys, warnings

def one(name, src):
    out = []
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, name, "exec")
            res = "OK"
        except SyntaxError as e:
            res = "ERR %s %s %s %s %s" % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        except Exception as e:
            res = "EXC %s: %s" % (type(e).__name__, e)
    for x in w:
        if issubclass(x.category, SyntaxWarning):
            out.append("WARN %s %s" % (x.lineno, x.message))
    out.append(res)
    return "\n".join(out) + "\n"

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "bundle.json"), encoding="utf-8") as f:
    bundle = json.load(f)
sys.stdout.write(json.dumps({k: one(k, v) for k, v in bundle.items()}))
