import ast, io, contextlib, json, os
d = os.path.dirname(os.path.abspath(__file__))  # tests/astcli
os.chdir(d)
res = []
for argv in [["hello.py"], ["-a", "hello.py"], ["-i", "1", "flags.py"], ["--show-empty", "flags.py"], ["-i", "0", "-a", "--show-empty", "flags.py"], ["-m", "eval", "expr.txt"], ["--no-type-comments", "tc.py"], ["tc.py"], ["-i", "-2", "hello.py"]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        ast.main(argv)
    res.append({"args": argv, "stdout": out.getvalue()})
print(json.dumps(res, indent=1))
