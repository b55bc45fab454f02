# Generates typecomments.json: type comments and type: ignore tags CPython
# 3.14 finds (ast.parse(..., type_comments=True)). Run under the oracle.
import ast, json, sys
CASES = ["x = 1  # type: int  \n", "x = 1 # type:List[int]\n", "def f(a, # type: int\n      b):\n    # type: (...) -> None\n    pass\n",
    "x = 1  # type: ignore\n", "x = 1  # type: ignore[foo]  \n", "# type: ignore\nx = 1\n", "x = 1  # type: ignored\n",
    "x = 1  #type:  ignore-x\n", "for x in y:  # type: int\n    pass\n", "with a as b:  # type: int\n    pass\n",
    "x = 1  #  type: int\n", "x = 1  # type : int\n", "def f():  # type: () -> int\n    pass\n", "x = [  # type: ignore\n  1]\n",
    "if x:\n    y = 1  # type: ignore\n    # type: ignore\nz = 2\n", "x = 1  # type: ignoreé\n", "x = 1\t#\ttype:\tint\n"]
out = []
for s in CASES:
    m = ast.parse(s, type_comments=True)
    out.append({'src': s, 'comments': sorted(n.type_comment for n in ast.walk(m) if getattr(n, 'type_comment', None)),
                'ignores': [[t.lineno, t.tag] for t in m.type_ignores]})
sys.stdout.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=True) for o in out) + "\n]\n")
