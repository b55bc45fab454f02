# Generates errors.json: for each source in error_cases.py, the SyntaxError
# (and warnings) CPython 3.14's compile() gives. Run under the oracle:
#   py314 gen_errors.py > errors.json
import json, sys, warnings
d = (__file__.rsplit('/', 1)[0] + '/') if '/' in __file__ else ''
exec(open(d + 'error_cases.py').read())

out = []
for src in CASES:
    rec = {'src': src if isinstance(src, str) else src.decode('latin-1'), 'bytes': not isinstance(src, str)}
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            compile(src, '<s>', 'exec')
            rec['error'] = None
        except SyntaxError as e:
            rec['error'] = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
    rec['warnings'] = [[w.category.__name__, str(w.message), w.lineno] for w in ws]
    out.append(rec)
sys.stdout.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=True) for o in out) + "\n]\n")
