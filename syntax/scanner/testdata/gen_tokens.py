# Generates tokens.json: the token streams CPython 3.14's tokenizer gives for
# the sources in token_cases.py. Run under the oracle:
#   py314 gen_tokens.py > tokens.json
import tokenize, io, json, sys, unicodedata
sys.path.insert(0, __file__.rsplit('/', 1)[0] if '/' in __file__ else '.')
exec(open((__file__.rsplit('/', 1)[0] + '/' if '/' in __file__ else '') + 'token_cases.py').read())

def bcol(line, col):
    return len(line[:col].encode('utf-8'))

out = []
for src in CASES:
    toks = []
    lines = src.splitlines(keepends=True)
    def L(n):
        return lines[n-1] if 0 < n <= len(lines) else ''
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            name = tokenize.tok_name[t.type]
            if name in ('NL', 'COMMENT', 'ENCODING'):
                continue
            if name == 'OP':
                name = t.string
            s = (t.start[0], bcol(L(t.start[0]), t.start[1]))
            e = (t.end[0], bcol(L(t.end[0]), t.end[1]))
            if name == 'NAME':
                t = t._replace(string=unicodedata.normalize('NFKC', t.string))
            if name == 'NEWLINE':
                e = s
            toks.append([name, t.string, s[0], s[1], e[0], e[1]])
    except Exception as ex:
        toks.append(['ERROR', repr(ex)])
    out.append({'src': src, 'tokens': toks})
sys.stdout.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=True) for o in out) + "\n]\n")
