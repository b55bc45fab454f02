# Generates suggest_oracle.json: what CPython 3.14's traceback machinery
# answers for keyword-typo candidates. Run under the oracle:
#   /work/shared/tools/py314 internal/report/testdata/gen_suggest.py > internal/report/testdata/suggest_oracle.json
import _suggestions, difflib, json, keyword, random

kw = keyword.kwlist
names = []
for k in kw:
    names += [k[:-1], k[1:], k + "s", k.upper(), k.capitalize(), k[::-1], k[:1] + k[2:],
              (k[1] + k[0] + k[2:]) if len(k) > 1 else k, k + k, k.replace("e", "3")]
names += ["asert", "asyn", "clas", "dfe", "elfi", "fro", "form", "improt", "lamda", "retrun",
          "whille", "c", "d", "e", "x", "_", "self", "print", "iff", "esle", "ellif", "wiht",
          "yeild", "nonlcoal", "glbal", "contnue", "brek", "pas", "rasie", "tru", "flase", "none",
          "a" * 41, "b" * 45 + "if", "déf", "impört", "ímport", "lambda_", "__init__", "Tru",
          "NONE", "aNd", "xor", "nota", "isnot", "fi", "ni", "si", "ro", "dna", "sa", "tyr"]
rnd = random.Random(314)
alpha = "abcdefghijklmnopqrstuvwxyzAEIOU_"
for _ in range(300):
    n = rnd.randint(1, 9)
    names.append("".join(rnd.choice(alpha) for _ in range(n)))
cases = []
for n in names:
    cases.append({"name": n, "lev": _suggestions._generate_suggestions(kw, n),
                  "close": difflib.get_close_matches(n, kw, n=3, cutoff=0.5)})
# Other candidate lists, to exercise the distance limits and ties.
lists = [["apple", "apply", "ample"], ["aaaa", "aaab", "abab"], ["Foo", "foo", "FOO"],
         ["x" * 39, "x" * 40, "y" * 41], ["spam", "ham", "eggs", "spamalot"]]
for cands in lists:
    for n in ["appel", "aab", "fOo", "x" * 38, "x" * 42, "hamm", "sapm", "egg", "aaaaa", "FOo", "zzz"]:
        cases.append({"name": n, "cands": cands, "lev": _suggestions._generate_suggestions(cands, n),
                      "close": difflib.get_close_matches(n, cands, n=3, cutoff=0.5)})
# Long words exercise SequenceMatcher's autojunk (200 items or more).
for n in ["a" * 250, ("ab" * 120) + "if", ("xyz" * 70) + "class", "import" * 40]:
    cases.append({"name": n, "cands": [n[:5], n[:150] + "q", n[::-1], "import"],
                  "close": difflib.get_close_matches(n, [n[:5], n[:150] + "q", n[::-1], "import"], n=3, cutoff=0.5),
                  "ratio": [difflib.SequenceMatcher(None, c, n).ratio() for c in [n[:5], n[:150] + "q", n[::-1], "import"]]})
print(json.dumps(cases, indent=0, ensure_ascii=False))
